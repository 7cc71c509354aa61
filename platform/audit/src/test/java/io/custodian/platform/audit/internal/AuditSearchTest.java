package io.custodian.platform.audit.internal;

import io.custodian.platform.testkit.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.custodian.platform.audit.api.AuditCursor;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditPage;
import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditSearchTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private JpaTestDatabase db;
    private MutableClock clock;
    private JpaAuditService audit;

    @BeforeEach
    void createTrail() throws Exception {
        db = open();
        clock = new MutableClock(T0);
        audit = new JpaAuditService(db.emf(), clock);
    }

    /** The database under test: H2 here, PostgreSQL in {@link PostgresAuditSearchTest}. */
    JpaTestDatabase open() throws Exception {
        return AuditDatabases.h2(JpaTestDatabase.LATEST);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void filtersByActorResourceAndOutcome() {
        record("alice", "auth.login", "user:alice", Outcome.SUCCESS);
        record("bob", "auth.login", "user:bob", Outcome.FAILURE);
        record("alice", "user.updated", "user:bob", Outcome.SUCCESS);

        assertEquals(List.of(3L, 1L), seqs(query("alice", null, null, null, null, null)));
        assertEquals(List.of(3L, 2L), seqs(query(null, null, "user:bob", null, null, null)));
        assertEquals(List.of(2L), seqs(query(null, null, null, Outcome.FAILURE, null, null)));
        assertEquals(List.of(1L), seqs(query("alice", "auth.login", null, null, null, null)));
    }

    @Test
    void actionEndingInDotStarIsAPrefix() {
        record("a", "auth.login", "", Outcome.SUCCESS);
        record("a", "auth.lockout", "", Outcome.SUCCESS);
        record("a", "authz.denied", "", Outcome.DENIED);
        record("a", "user_x.created", "", Outcome.SUCCESS);
        record("a", "userAx.created", "", Outcome.SUCCESS);

        assertEquals(List.of(2L, 1L), seqs(query(null, "auth.*", null, null, null, null)));
        assertEquals(List.of(), seqs(query(null, "auth", null, null, null, null)));
        // LIKE wildcards in the prefix are literal.
        assertEquals(List.of(4L), seqs(query(null, "user_x.*", null, null, null, null)));
    }

    @Test
    void timeRangeIsHalfOpen() {
        for (int i = 0; i < 5; i++) {
            record("a", "x.y", "", Outcome.SUCCESS);
            clock.advance(Duration.ofMinutes(1));
        }
        Instant from = T0.plus(Duration.ofMinutes(1));
        Instant to = T0.plus(Duration.ofMinutes(3));
        assertEquals(List.of(3L, 2L), seqs(query(null, null, null, null, from, to)));
        assertEquals(List.of(5L, 4L, 3L, 2L), seqs(query(null, null, null, null, from, null)));
        assertEquals(List.of(1L), seqs(query(null, null, null, null, null, from)));
    }

    @Test
    void cursorPagesThroughEverythingWithoutDuplicatesOrGaps() {
        for (int i = 0; i < 53; i++) {
            record(i % 2 == 0 ? "even" : "odd", "x.y", "", Outcome.SUCCESS);
        }
        List<Long> seen = new ArrayList<>();
        AuditQuery query = new AuditQuery("even", null, null, null, null, null, 10, null);
        int pages = 0;
        AuditCursor next;
        do {
            AuditPage page = audit.search(query);
            page.items().forEach(r -> seen.add(r.sequence()));
            next = page.next();
            if (next != null) {
                // Through the opaque token, as a REST client would.
                query = query.after(AuditCursor.parse(next.token()));
            }
            pages++;
        } while (next != null);

        assertEquals(3, pages);
        assertEquals(27, seen.size());
        Set<Long> unique = new HashSet<>(seen);
        assertEquals(27, unique.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(53 - 2L * i, seen.get(i));
        }
    }

    @Test
    void lastFullPageHasNoNextCursor() {
        for (int i = 0; i < 4; i++) {
            record("a", "x.y", "", Outcome.SUCCESS);
        }
        AuditPage first = audit.search(new AuditQuery(null, null, null, null, null, null, 2, null));
        assertNotNull(first.next());
        AuditPage second = audit.search(new AuditQuery(null, null, null, null, null, null, 2, first.next()));
        assertEquals(List.of(2L, 1L), second.items().stream().map(AuditRecord::sequence).toList());
        assertNull(second.next());
    }

    @Test
    void recordsAppendedWhilePagingDoNotShiftPages() {
        for (int i = 0; i < 4; i++) {
            record("a", "x.y", "", Outcome.SUCCESS);
        }
        AuditPage first = audit.search(new AuditQuery(null, null, null, null, null, null, 2, null));
        record("a", "x.y", "", Outcome.SUCCESS);
        AuditPage second = audit.search(new AuditQuery(null, null, null, null, null, null, 2, first.next()));
        assertEquals(List.of(2L, 1L), second.items().stream().map(AuditRecord::sequence).toList());
    }

    private List<AuditRecord> query(String actor, String action, String resource, Outcome outcome,
                                    Instant from, Instant to) {
        return audit.search(new AuditQuery(actor, action, resource, outcome, from, to, 100, null)).items();
    }

    private static List<Long> seqs(List<AuditRecord> records) {
        return records.stream().map(AuditRecord::sequence).toList();
    }

    private void record(String actor, String action, String resource, Outcome outcome) {
        audit.record(new AuditEvent(actor, action, resource, outcome, Origin.SYSTEM, Map.of()));
    }
}
