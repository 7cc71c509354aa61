package io.custodian.platform.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import org.apache.openjpa.persistence.OpenJPAPersistence;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaAuditServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    private EntityManagerFactory emf;
    private JpaAuditService audit;

    @BeforeEach
    void createTrail() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        try (InputStream in = getClass().getResourceAsStream("/db/migration/audit/V1__audit_record.sql");
             Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--.*", "").split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
        emf = OpenJPAPersistence.createEntityManagerFactory("custodian-audit", "META-INF/persistence.xml",
                Map.of("javax.persistence.nonJtaDataSource", h2, "openjpa.Log", "none"));
        audit = new JpaAuditService(emf, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        emf.close();
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
}
