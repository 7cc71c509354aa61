package io.custodian.platform.plugins.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.platform.rest.api.CustodianException;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the problems the services throw. */
public final class Expect {

    private Expect() {
    }

    /** Runs {@code work}, expecting a problem with this code and status. */
    public static CustodianException problem(String code, int status, Executable work) {
        CustodianException e = assertThrows(CustodianException.class, work);
        assertEquals(code, e.errorCode().code(), e.getMessage());
        assertEquals(status, e.errorCode().status(), e.getMessage());
        return e;
    }
}
