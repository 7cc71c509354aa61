package io.custodian.scanning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSource;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.scanning.api.ScanLevel;
import io.custodian.scanning.internal.definition.DefinitionBody;
import io.custodian.scanning.internal.definition.DefinitionService;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.testing.GeneratedConnector;
import io.custodian.scanning.internal.testing.Problems;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefinitionServiceTest {

    private HostKit kit;
    private DefinitionService definitions;
    private DataSource source;

    @BeforeEach
    void setUp() throws Exception {
        kit = new HostKit();
        source = kit.sources.add("warehouse", new GeneratedConnector(1), Map.of(), Map.of());
        definitions = kit.host().definitions();
        HostKit.actAs("ada");
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    private static DefinitionBody body(String name, Long sourceId, List<String> include, String level, String cron, Integer concurrency) {
        return new DefinitionBody(name, sourceId, include, null, level, null, cron, concurrency);
    }

    @Test
    void aDefinitionWithoutASourceIsRefusedNamingTheField() {
        CustodianException problem = Problems.expect("scan.invalid_request", 400, () -> definitions.create(null));

        assertEquals(List.of(Map.of("field", "sourceId", "message", "required: the id of the data source to scan")),
                problem.extensions().get("errors"));
        AuditEvent refused = kit.audit.last("scan.definition_created");
        assertEquals(Outcome.FAILURE, refused.outcome());
        assertEquals("scan.invalid_request", refused.details().get("code"));
    }

    @Test
    void anUnknownSourceIsRefused() {
        Problems.expect("scan.unknown_source", 400, () -> definitions.create(body(null, 99L, null, null, null, null)));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        CustodianException problem = Problems.expect("scan.invalid_request", 400, () -> definitions.create(
                body(" ", source.id(), List.of("public.*", " "), "FULL", "0 2 * * *", 0)));

        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.extensions().get("errors");
        assertEquals(List.of("name", "include", "level", "cron", "concurrency"), errors.stream().map(e -> e.get("field")).toList());
        assertTrue(errors.get(3).get("message").contains("Quartz"));
    }

    @Test
    void anUpdateKeepsWhatItOmitsAndAnEmptyCronRemovesTheSchedule() {
        AtomicInteger changes = new AtomicInteger();
        definitions.onChange(changes::incrementAndGet);
        ScanDefinition created = definitions.create(new DefinitionBody("nightly", source.id(), List.of("public.*"),
                List.of("*.tmp"), "METADATA", "gdpr", "0 0 2 * * ?", 4));

        ScanDefinition updated = definitions.update(created.id(), new DefinitionBody(null, null, null, List.of(), "statistics",
                null, "0  0 3 * * ?", null));
        ScanDefinition unscheduled = definitions.update(created.id(), new DefinitionBody(null, null, null, null, null, "", "", null));

        assertEquals("nightly", updated.name());
        assertEquals(List.of("public.*"), updated.include());
        assertEquals(List.of(), updated.exclude());
        assertEquals(ScanLevel.STATISTICS, updated.level());
        assertEquals("0 0 3 * * ?", updated.cron(), "spaces are normalised");
        assertEquals(4, updated.concurrency());
        assertNull(unscheduled.cron());
        assertNull(unscheduled.ruleSet());
        assertEquals(3, changes.get());
        List<FieldChange> audited = kit.audit.events("scan.definition_updated").get(0).changes();
        assertTrue(audited.contains(new FieldChange("cron", "0 0 2 * * ?", "0 0 3 * * ?")), audited.toString());
        assertEquals(List.of(created.id()), definitions.list().stream().map(ScanDefinition::id).toList());
    }

    @Test
    void deletingRemovesTheDefinitionAndAuditsWhatItWas() {
        ScanDefinition created = definitions.create(body("gone", source.id(), null, null, null, null));

        definitions.delete(created.id());

        Problems.expect("scan.definition_not_found", 404, () -> definitions.get(created.id()));
        Problems.expect("scan.definition_not_found", 404, () -> definitions.delete(created.id()));
        AuditEvent deleted = kit.audit.events("scan.definition_deleted").get(0);
        assertEquals(Outcome.SUCCESS, deleted.outcome());
        assertTrue(deleted.changes().contains(new FieldChange("name", "gone", null)));
    }
}
