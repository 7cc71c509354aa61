package io.custodian.platform.audit.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditCursor;
import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AuditResourceTest {

    private final FakeAudit fake = new FakeAudit();
    private final AuditResource resource = new AuditResource(fake, fake, fake,
            Clock.fixed(Instant.parse("2026-04-02T10:11:12Z"), ZoneOffset.UTC));

    @Test
    void passesFiltersAndPagingToTheSearch() {
        String cursor = new AuditCursor(42).token();
        AuditEventsPage page = resource.events("alice", "auth.*", "user:alice", "failure",
                "2026-01-01T01:00:00+01:00", "2026-02-01", "25", cursor);

        AuditQuery query = fake.queries.get(0);
        assertEquals(new AuditQuery("alice", "auth.*", "user:alice", Outcome.FAILURE,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), 25,
                new AuditCursor(42)), query);
        assertEquals(1, page.items().size());
        assertEquals(new AuditCursor(7).token(), page.next());
    }

    @Test
    void missingParametersMeanNoFilterAndTheDefaultLimit() {
        resource.events(null, null, null, null, null, null, null, null);
        assertEquals(AuditQuery.all(), fake.queries.get(0));
    }

    @Test
    void unparseableTimeIsAnInvalidQuery() {
        assertCode("audit.invalid_query", () -> resource.events(null, null, null, null, "yesterday", null, null, null));
        assertCode("audit.invalid_query", () -> resource.events(null, null, null, null, null, "2026-13-01", null, null));
    }

    @Test
    void toNotAfterFromIsAnInvalidQuery() {
        assertCode("audit.invalid_query",
                () -> resource.events(null, null, null, null, "2026-02-01", "2026-01-01", null, null));
    }

    @Test
    void unknownOutcomeIsAnInvalidQuery() {
        assertCode("audit.invalid_query", () -> resource.events(null, null, null, "MAYBE", null, null, null, null));
    }

    @Test
    void limitOutOfRangeOrNotANumberIsAnInvalidQuery() {
        for (String limit : new String[] {"0", "1001", "-5", "ten", "1e3", "99999999999"}) {
            assertCode("audit.invalid_query", () -> resource.events(null, null, null, null, null, null, limit, null));
        }
    }

    @Test
    void malformedCursorIsAnInvalidCursor() {
        assertCode("audit.invalid_cursor", () -> resource.events(null, null, null, null, null, null, null, "nonsense"));
    }

    @Test
    void unknownExportFormatIsAnInvalidFormat() {
        assertCode("audit.invalid_format", () -> resource.export("xlsx", null, null, null, null, null, null));
    }

    @Test
    void badFilterOnExportFailsBeforeAnythingIsStreamedOrAudited() {
        assertCode("audit.invalid_query", () -> resource.export("csv", null, null, null, null, "nope", null));
        assertTrue(fake.recorded.isEmpty());
    }

    @Test
    void exportStreamsWithTypeAndFileNameAndIsAudited() throws Exception {
        Response response = resource.export("jsonl", "alice", null, null, null, null, null);

        assertEquals("application/x-ndjson; charset=utf-8", response.getHeaderString("Content-Type"));
        assertEquals("attachment; filename=\"custodian-audit-20260402T101112Z.jsonl\"",
                response.getHeaderString("Content-Disposition"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        assertEquals("exported JSON_LINES", out.toString(StandardCharsets.UTF_8));
        assertEquals("alice", fake.queries.get(0).actor());
        assertEquals("audit.export", fake.recorded.get(0).action());
        assertEquals("alice", fake.recorded.get(0).details().get("actor"));
    }

    @Test
    void csvIsTheDefaultExportFormat() {
        Response response = resource.export(null, null, null, null, null, null, null);
        assertEquals("text/csv; charset=utf-8", response.getHeaderString("Content-Type"));
    }

    @Test
    void verifyNamesTheCallerAsActor() {
        assertTrue(resource.verify().intact());
        assertEquals("anonymous", fake.verifiedBy);
        assertNull(resource.verify().firstBrokenSeq());
    }

    private static void assertCode(String code, Executable call) {
        CustodianException e = assertThrows(CustodianException.class, call);
        assertEquals(code, e.errorCode().code());
        assertEquals(400, e.errorCode().status());
    }
}
