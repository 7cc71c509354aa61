package io.custodian.scanning.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.platform.rest.api.CustodianException;
import org.junit.jupiter.api.function.Executable;

/** Asserts the problem a call answers. */
public final class Problems {

    private Problems() {
    }

    /** The call fails with {@code code} and {@code status}; answers the exception for more checks. */
    public static CustodianException expect(String code, int status, Executable call) {
        CustodianException problem = assertThrows(CustodianException.class, call);
        assertEquals(code, problem.errorCode().code(), problem.getMessage());
        assertEquals(status, problem.errorCode().status());
        return problem;
    }
}
