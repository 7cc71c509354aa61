package io.custodian.platform.access.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.platform.rest.api.CustodianException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the problems the access services throw. */
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

    /** The fields named in a problem's {@code errors} extension, in order. */
    @SuppressWarnings("unchecked")
    public static List<String> fields(CustodianException e) {
        List<Map<String, String>> errors = (List<Map<String, String>>) e.extensions().get("errors");
        return errors.stream().map(error -> error.get("field")).toList();
    }
}
