package io.custodian.datasources.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.rest.api.CustodianException;
import org.junit.jupiter.api.function.Executable;

/** Assertions shared by the tests. */
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

    /** No audit record holds {@code secret} anywhere: actor, resource, details or changes. */
    public static void neverAudited(RecordingAuditService audit, String secret) {
        for (AuditEvent event : audit.events()) {
            assertFalse(event.toString().contains(secret), "an audit record holds the secret: " + event.action());
        }
    }
}
