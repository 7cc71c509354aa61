package io.custodian.platform.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaAuditServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    private JpaTestDatabase db;
    private JpaAuditService audit;

    @BeforeEach
    void createTrail() throws Exception {
        db = AuditDatabases.h2(JpaTestDatabase.LATEST);
        audit = new JpaAuditService(db.emf(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void storesWhoWhatWhereAndWhen() {
        audit.record(new AuditEvent("admin", "auth.login", "user:admin", Outcome.FAILURE,
                new Origin("10.1.2.3", "curl/8", "c0ffee"), Map.of("reason", "bad password")));

        AuditRecord stored = audit.latest(10, null).get(0);
        assertEquals("admin", stored.actor());
        assertEquals("auth.login", stored.action());
        assertEquals("user:admin", stored.resource());
        assertEquals(Outcome.FAILURE, stored.outcome());
        assertEquals("10.1.2.3", stored.clientIp());
        assertEquals("curl/8", stored.userAgent());
        assertEquals("c0ffee", stored.correlationId());
        assertEquals(NOW, stored.time());
        assertEquals(Map.of("reason", "bad password"), stored.details());
    }

    @Test
    void latestIsNewestFirstAndFiltersByAction() {
        audit.record(AuditEvent.system("kernel.start", "kernel", Map.of()));
        audit.record(AuditEvent.system("config.updated", "config:io.custodian.x", Map.of()));
        audit.record(AuditEvent.system("kernel.stop", "kernel", Map.of()));

        List<AuditRecord> all = audit.latest(10, null);
        assertEquals(List.of("kernel.stop", "config.updated", "kernel.start"),
                all.stream().map(AuditRecord::action).toList());
        assertTrue(all.get(0).sequence() > all.get(1).sequence());
        assertEquals(1, audit.latest(10, "config.updated").size());
        assertEquals(1, audit.latest(1, null).size());
    }

    @Test
    void overlongValuesAreCutInsteadOfLosingTheRecord() {
        audit.record(new AuditEvent("x".repeat(500), "a", "r".repeat(2000), Outcome.SUCCESS, Origin.SYSTEM, Map.of()));
        AuditRecord stored = audit.latest(1, null).get(0);
        assertEquals(200, stored.actor().length());
        assertEquals(500, stored.resource().length());
        assertEquals(0, audit.failures());
    }

    @Test
    void storesFieldChangesWithSecretsRedacted() {
        List<FieldChange> diff = AuditChanges.diff(Map.of("role", "viewer", "passwordHash", "old"),
                Map.of("role", "admin", "passwordHash", "new", "email", "a@example.org"));
        audit.record(new AuditEvent("admin", "user.updated", "user:bob", Outcome.SUCCESS, Origin.SYSTEM, Map.of())
                .withChanges(diff));

        assertEquals(List.of(new FieldChange("email", null, "a@example.org"),
                        new FieldChange("passwordHash", "[redacted]", "[redacted]"),
                        new FieldChange("role", "viewer", "admin")),
                audit.latest(1, null).get(0).changes());
    }

    @Test
    void redactsSecretsThatCallersPutInDetailsOrChanges() {
        audit.record(new AuditEvent("admin", "key.created", "apikey:7", Outcome.SUCCESS, Origin.SYSTEM,
                Map.of("API_KEY", "ck_live_123", "clientSecret", "s3cr3t", "name", "ci"))
                .withChanges(List.of(new FieldChange("Token", null, "tok-1"))));

        AuditRecord stored = audit.latest(1, null).get(0);
        assertEquals(Map.of("API_KEY", "[redacted]", "clientSecret", "[redacted]", "name", "ci"), stored.details());
        assertEquals(List.of(new FieldChange("Token", null, "[redacted]")), stored.changes());
    }

    @Test
    void recordsWithoutChangesHaveAnEmptyList() {
        audit.record(AuditEvent.system("kernel.start", "kernel", Map.of()));
        assertEquals(List.of(), audit.latest(1, null).get(0).changes());
    }

    @Test
    void overlongChangeValuesAreCutAndMarked() {
        audit.record(AuditEvent.system("doc.updated", "doc:1", Map.of())
                .withChanges(List.of(new FieldChange("body", "a".repeat(5000), "b"))));
        String before = audit.latest(1, null).get(0).changes().get(0).before();
        assertEquals(AuditRecords.MAX_CHANGE_VALUE, before.length());
        assertTrue(before.endsWith("[cut]"));
        assertTrue(audit.verify().intact());
    }

    @Test
    void cutNeverSplitsASurrogatePairAndReplacesNul() {
        assertEquals("ab", AuditRecords.cut("ab\uD83D\uDE00", 3));
        assertEquals("a\uFFFDb", AuditRecords.cut("a\0b", 10));
    }
}
