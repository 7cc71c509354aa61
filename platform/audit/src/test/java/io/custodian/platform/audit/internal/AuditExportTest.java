package io.custodian.platform.audit.internal;

import io.custodian.platform.testkit.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.api.ExportFormat;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditExportTest {

    private JpaTestDatabase db;
    private JpaAuditService audit;

    @BeforeEach
    void createTrail() throws Exception {
        db = AuditDatabases.h2(JpaTestDatabase.LATEST);
        audit = new JpaAuditService(db.emf(), new MutableClock(Instant.parse("2026-03-01T08:00:00.250Z")));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void csvHasAHeaderAndQuotesPerRfc4180() throws Exception {
        audit.record(new AuditEvent("alice", "user.updated", "user:\"bob\", jr", Outcome.SUCCESS,
                new Origin("10.0.0.1", "line1\nline2", "c1"), Map.of("k", "v")));

        String[] lines = export(AuditQuery.all(), ExportFormat.CSV).split("\r\n", -1);
        assertEquals(String.join(",", CsvExportWriter.HEADER), lines[0]);
        assertEquals("1,2026-03-01T08:00:00.250Z,alice,user.updated,\"user:\"\"bob\"\", jr\",SUCCESS,10.0.0.1,"
                + "\"line1\nline2\",c1,\"{\"\"k\"\":\"\"v\"\"}\",", lines[1]);
        assertEquals("", lines[2]);
    }

    @Test
    void csvBlocksSpreadsheetFormulas() throws Exception {
        audit.record(new AuditEvent("=HYPERLINK(\"http://evil\")", "x.y", "+1", Outcome.SUCCESS,
                new Origin("-2", "@SUM(A1)", ""), Map.of()));

        String row = export(AuditQuery.all(), ExportFormat.CSV).split("\r\n")[1];
        assertTrue(row.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",x.y,'+1,SUCCESS,'-2,'@SUM(A1),"), row);
        assertEquals("'\tx", CsvExportWriter.cell("\tx"));
        assertEquals("plain", CsvExportWriter.cell("plain"));
    }

    @Test
    void jsonLinesHasOneObjectPerLine() throws Exception {
        audit.record(new AuditEvent("alice", "user.updated", "user:bob", Outcome.SUCCESS,
                new Origin("10.0.0.1", "multi\nline", "c1"), Map.of("k", "v"))
                .withChanges(List.of(new FieldChange("role", "viewer", "admin"))));
        audit.record(AuditEvent.system("kernel.stop", "kernel", Map.of()));

        String text = export(AuditQuery.all(), ExportFormat.JSON_LINES);
        assertTrue(text.endsWith("\n"));
        String[] lines = text.split("\n");
        assertEquals(2, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertEquals(1, first.get("sequence").asLong());
        assertEquals("2026-03-01T08:00:00.250Z", first.get("time").asText());
        assertEquals("multi\nline", first.get("userAgent").asText());
        assertEquals("v", first.get("details").get("k").asText());
        assertEquals("admin", first.get("changes").get(0).get("after").asText());
        assertEquals("kernel.stop", json.readTree(lines[1]).get("action").asText());
    }

    @Test
    void exportStreamsEveryMatchingRecordOldestFirstAcrossBatches() throws Exception {
        int total = AuditExporter.BATCH * 2 + 7;
        for (int i = 0; i < total; i++) {
            audit.record(AuditEvent.system(i % 2 == 0 ? "even.x" : "odd.x", "r", Map.of()));
        }

        String[] lines = export(new AuditQuery(null, "even.*", null, null, null, null, 1, null), ExportFormat.CSV)
                .split("\r\n");
        assertEquals(1 + (total + 1) / 2, lines.length);
        assertTrue(lines[1].startsWith("1,"));
        assertTrue(lines[lines.length - 1].startsWith(total + ","));
    }

    private String export(AuditQuery query, ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.export(query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
