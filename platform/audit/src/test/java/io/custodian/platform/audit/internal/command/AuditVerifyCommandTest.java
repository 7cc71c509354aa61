package io.custodian.platform.audit.internal.command;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditVerification;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditVerifyCommandTest {

    private static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void intactTrailReportsCountAndHead() {
        String text = AuditVerifyCommand.describe(new AuditVerification(true, 42, null, null, 42, "ab12", AT));
        assertTrue(text.startsWith("Audit trail intact: 42 records checked\n"), text);
        assertTrue(text.contains("Head: seq 42, hash ab12"), text);
    }

    @Test
    void brokenTrailNamesTheRecordAndTheProblem() {
        String text = AuditVerifyCommand.describe(
                new AuditVerification(false, 5, 5L, "hash mismatch: row edited", 9, "ff", AT));
        assertTrue(text.startsWith("Audit trail BROKEN at seq 5: hash mismatch: row edited"), text);
    }
}
