package io.custodian.platform.audit.internal;

import io.custodian.platform.testkit.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.AuditVerification;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import io.custodian.platform.persistence.api.Transactions;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hash chain's guarantees, run against each database the trail supports. */
abstract class ChainContract {

    private JpaTestDatabase db;
    private MutableClock clock;
    private JpaAuditService audit;

    /** A fresh database of the vendor under test with the audit migrations up to {@code upToVersion}. */
    abstract JpaTestDatabase open(int upToVersion) throws Exception;

    /** How many records the "many appends" test writes: more than one verification batch. */
    int many() {
        return 600;
    }

    @BeforeEach
    void createTrail() throws Exception {
        db = open(JpaTestDatabase.LATEST);
        // Microseconds on purpose: the stored time must be cut to milliseconds before it is hashed.
        clock = new MutableClock(Instant.parse("2026-11-22T10:15:30.123456789Z"));
        audit = new JpaAuditService(db.emf(), clock);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void emptyTrailIsIntact() {
        AuditVerification result = audit.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(0, result.recordsChecked());
        assertEquals(0, result.headSeq());
    }

    @Test
    void chainStaysIntactOverManyAppends() {
        append(many());
        AuditVerification result = audit.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(many(), result.recordsChecked());
        assertEquals(many(), result.headSeq());
        assertNull(result.firstBrokenSeq());
        assertEquals(64, result.headHash().length());
        assertEquals(0, audit.failures());
    }

    @Test
    void storedTimeIsCutToMillisecondsAndSurvivesTheRoundTrip() {
        append(1);
        assertEquals(Instant.parse("2026-11-22T10:15:30.123Z"), audit.latest(1, null).get(0).time());
        assertTrue(audit.verify().intact());
    }

    @Test
    void editedMiddleRowIsReportedAtItsSequence() throws Exception {
        append(10);
        assertEquals(1, db.execute("UPDATE custodian_audit_record SET actor = 'mallory' WHERE seq = 5"));
        assertBroken(audit.verify(), 5, ChainVerifier.HASH_MISMATCH);
    }

    @Test
    void overwrittenHashIsReported() throws Exception {
        append(10);
        db.execute("UPDATE custodian_audit_record SET hash = '" + "0".repeat(64) + "' WHERE seq = 5");
        assertBroken(audit.verify(), 5, ChainVerifier.HASH_MISMATCH);
    }

    @Test
    void rowEditedWithARecomputedHashIsCaughtByTheRowAfterIt() throws Exception {
        append(10);
        db.execute("UPDATE custodian_audit_record SET actor = 'mallory' WHERE seq = 5");
        AuditRecordEntity edited = Transactions.read(db.emf(), em -> em.find(AuditRecordEntity.class, 5L));
        db.execute("UPDATE custodian_audit_record SET hash = '" + AuditHash.of(edited) + "' WHERE seq = 5");
        assertBroken(audit.verify(), 6, ChainVerifier.PREV_MISMATCH);
    }

    @Test
    void editedChangesAreDetected() throws Exception {
        audit.record(event(0).withChanges(List.of(new FieldChange("role", "viewer", "admin"))));
        append(2);
        db.execute("UPDATE custodian_audit_record SET changes = '' WHERE seq = 1");
        assertBroken(audit.verify(), 1, ChainVerifier.HASH_MISMATCH);
    }

    @Test
    void deletedMiddleRowIsReportedAtTheRowAfterIt() throws Exception {
        append(10);
        assertEquals(1, db.execute("DELETE FROM custodian_audit_record WHERE seq = 4"));
        assertBroken(audit.verify(), 5, ChainVerifier.PREV_MISMATCH);
    }

    @Test
    void deletedFirstRowIsReported() throws Exception {
        append(3);
        db.execute("DELETE FROM custodian_audit_record WHERE seq = 1");
        assertBroken(audit.verify(), 2, ChainVerifier.PREV_MISMATCH);
    }

    @Test
    void deletedLastRowsAreReportedThroughTheHead() throws Exception {
        append(10);
        assertEquals(2, db.execute("DELETE FROM custodian_audit_record WHERE seq >= 9"));
        AuditVerification result = audit.verify();
        assertBroken(result, 9, ChainVerifier.TAIL_DELETED);
        assertEquals(10, result.headSeq());
    }

    @Test
    void rowAddedBehindTheHeadIsReported() throws Exception {
        append(3);
        db.execute("INSERT INTO custodian_audit_record (seq, recorded_at, actor, action, resource, outcome, client_ip, "
                + "user_agent, correlation_id, details, changes, prev_hash, hash) SELECT 4, recorded_at, actor, action, "
                + "resource, outcome, client_ip, user_agent, correlation_id, details, changes, hash, hash "
                + "FROM custodian_audit_record WHERE seq = 3");
        assertBroken(audit.verify(), 4, ChainVerifier.ROWS_AFTER_HEAD);
    }

    @Test
    void verificationIsItselfAudited() throws Exception {
        append(3);
        audit.verify("alice", new Origin("10.0.0.9", "curl/8", "corr-1"));
        AuditRecord ok = audit.latest(1, JpaAuditService.VERIFY_ACTION).get(0);
        assertEquals(Outcome.SUCCESS, ok.outcome());
        assertEquals("alice", ok.actor());
        assertEquals("3", ok.details().get("recordsChecked"));

        db.execute("UPDATE custodian_audit_record SET action = 'x' WHERE seq = 2");
        audit.verify();
        AuditRecord failed = audit.latest(1, JpaAuditService.VERIFY_ACTION).get(0);
        assertEquals(Outcome.FAILURE, failed.outcome());
        assertEquals("2", failed.details().get("firstBrokenSeq"));
    }

    @Test
    void concurrentAppendsKeepTheChainIntact() throws Exception {
        int threads = 6;
        int perThread = 40;
        List<Future<?>> done = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        audit.record(AuditEvent.system("test.concurrent", "thread:" + thread, Map.of("i", "" + i)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, audit.failures());
        AuditVerification result = audit.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(threads * perThread, result.recordsChecked());
    }

    @Test
    void appendWaitsWhileAnotherTransactionHoldsTheHead() throws Exception {
        append(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = db.dataSource().getConnection()) {
            // Another JVM appending: it holds the head row's lock until it commits.
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeQuery("SELECT last_seq FROM custodian_audit_head WHERE id = 1 FOR UPDATE").close();
            }
            Future<?> append = pool.submit(() -> audit.record(event(2)));
            Instant deadline = Instant.now().plusSeconds(15);
            // Waiting in the SELECT ... FOR UPDATE, before inserting anything, not in a later UPDATE.
            while (waitingToLockHead() == 0) {
                assertTrue(Instant.now().isBefore(deadline), "the append never waited to lock the head");
                Thread.onSpinWait();
            }
            assertFalse(append.isDone());
            other.commit();
            append.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, audit.failures());
        assertTrue(audit.verify().intact());
    }

    @Test
    void secondServiceOnTheSameDatabaseContinuesTheChain() {
        append(3);
        JpaAuditService other = new JpaAuditService(db.emf(), clock);
        other.record(event(99));
        append(2);
        AuditVerification result = other.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(6, result.headSeq());
    }

    @Test
    void legacyRowsAreChainedOnceInSequenceOrder() throws Exception {
        JpaTestDatabase legacy = open(1);
        try {
            for (int i = 1; i <= 3; i++) {
                legacy.execute("INSERT INTO custodian_audit_record (recorded_at, actor, action, resource, outcome, "
                        + "client_ip, user_agent, correlation_id, details) VALUES (TIMESTAMP WITH TIME ZONE '2025-01-0" + i
                        + " 10:00:00.123456+00', 'system', 'kernel.start', 'kernel', 'SUCCESS', 'local', '', '', '{}')");
            }
            legacy.migrate(2);
            HashChain chain = new HashChain(legacy.emf());
            assertEquals(3, chain.chainLegacyRows());
            assertEquals(0, chain.chainLegacyRows());
            JpaAuditService upgraded = new JpaAuditService(legacy.emf(), clock);
            upgraded.record(event(4));
            AuditVerification result = upgraded.verify();
            assertTrue(result.intact(), result.problem());
            assertEquals(4, result.headSeq());
        } finally {
            legacy.close();
        }
    }

    @Test
    void resetHeadIsNotHiddenByChainingAgain() throws Exception {
        append(3);
        db.execute("UPDATE custodian_audit_head SET last_seq = 0, last_hash = ''");
        assertEquals(0, new HashChain(db.emf()).chainLegacyRows());
        assertFalse(audit.verify().intact());
    }

    @Test
    void deletedHeadIsReported() throws Exception {
        append(2);
        db.execute("DELETE FROM custodian_audit_head");
        AuditVerification result = audit.verify();
        assertFalse(result.intact());
        assertEquals(ChainVerifier.HEAD_MISSING, result.problem());
    }

    /** How many sessions wait for a row lock in a SELECT ... FOR UPDATE of the audit head. */
    private int waitingToLockHead() throws SQLException {
        String sql = db.vendor().equals("h2")
                ? "SELECT COUNT(*) AS waiting FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL "
                        + "AND UPPER(EXECUTING_STATEMENT) LIKE '%CUSTODIAN_AUDIT_HEAD%FOR UPDATE%'"
                : "SELECT COUNT(*) AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        + "AND datname = current_database() AND query ILIKE '%custodian_audit_head%for update%'";
        return ((Number) db.rows(sql).get(0).get("waiting")).intValue();
    }

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            audit.record(event(i));
            clock.advance(Duration.ofMillis(7));
        }
    }

    private static AuditEvent event(int i) {
        return new AuditEvent("user" + (i % 3), "test.action", "thing:" + i, Outcome.SUCCESS,
                new Origin("10.0.0." + (i % 250), "agent", "c" + i), Map.of("n", Integer.toString(i)));
    }

    private static void assertBroken(AuditVerification result, long seq, String problem) {
        assertFalse(result.intact(), "expected a broken chain");
        assertEquals(problem, result.problem());
        assertEquals(seq, result.firstBrokenSeq());
    }
}
