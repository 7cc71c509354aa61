package io.custodian.datasources.internal.service;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.schema.ConfigSchema;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.secrets.SecretVault;
import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Diagnosis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Using sources: opening sessions, testing connections (saved or not) and the types the running connectors serve.
 * Secrets are decrypted (or read from their references) only to hand them to the connector for one call.
 */
public final class SourceConnections {

    private final DataSourceStore store;
    private final Connectors connectors;
    private final SecretVault vault;
    private final ConnectionChecks checks;
    private final HealthRecorder health;
    private final SourceAudit audit;

    public SourceConnections(DataSourceStore store, Connectors connectors, SecretVault vault, HealthRecorder health,
                             SourceAudit audit) {
        this.store = store;
        this.connectors = connectors;
        this.vault = vault;
        this.checks = new ConnectionChecks(vault);
        this.health = health;
        this.audit = audit;
    }

    /**
     * Opens a session on a source.
     *
     * @throws DataSourceException if the source does not exist, no connector serves it or a secret is unavailable
     * @throws io.custodian.plugin.api.connector.ConnectorException with the connector's diagnosis
     */
    public ConnectorSession open(long id) {
        StoredSource source = require(id);
        Connector connector = connectors.forSource(id, source.type());
        return connector.open(settings(source));
    }

    /**
     * The capabilities of the running connector of the source; empty without one (or without the source), and when the
     * connector fails to describe itself: a caller then uses none of them, which is always correct.
     */
    public Set<ConnectorCapability> capabilities(long id) {
        return store.find(id).flatMap(source -> connectors.find(source.type())).map(connector -> {
            try {
                return connector.describe().capabilities();
            } catch (PluginCallException e) {
                return Set.<ConnectorCapability>of();
            }
        }).orElse(Set.of());
    }

    /**
     * Tests a source's connection now as {@code actor}, records the result as its health and audits the test.
     *
     * @throws DataSourceException if the source does not exist or no connector serves it
     */
    public TestOutcome test(long id, Actor actor) {
        return audit.attempt(actor, SourceAudit.TESTED, SourceAudit.resource(id), () -> {
            StoredSource source = require(id);
            TestOutcome outcome = check(source, connectors.forSource(id, source.type()));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("diagnosis", outcome.diagnosis().name());
            details.put("elapsedMs", Long.toString(outcome.elapsedMs()));
            audit.record(actor, SourceAudit.TESTED, SourceAudit.resource(id), outcome.ok() ? Outcome.SUCCESS
                    : Outcome.FAILURE, details, List.of());
            return outcome;
        });
    }

    /** The scheduled check of one source: tests it and records its health; never throws for the source's faults. */
    public void check(StoredSource source) {
        connectors.find(source.type()).ifPresentOrElse(connector -> check(source, connector),
                () -> health.recordUntestable(source, "No running connector serves the type " + source.type()));
    }

    /**
     * Tests settings that are not saved (nothing is stored; the test is audited).
     *
     * @throws CustodianException {@code datasource.invalid_request}, {@code datasource.unknown_type} or
     *                            {@code datasource.settings_rejected}
     */
    public TestOutcome testUnsaved(SourceDraft draft, Actor actor) {
        return audit.attempt(actor, SourceAudit.TESTED, "datasource:unsaved", () -> {
            FieldChecks fields = new FieldChecks();
            String type = fields.required("type", draft.type(), FieldChecks.MAX_TYPE);
            fields.secretNames(draft.secrets().keySet());
            fields.throwIfAny();
            Connector connector = connectors.forNewSource(type);
            ConfigSchema schema = connectors.schema(connector, type);
            Map<String, String> settings = checks.settings(schema, draft.settings(), draft.secrets().keySet(),
                    draft.secrets());
            TestOutcome outcome;
            try {
                outcome = ConnectionTests.run(connector, new ConnectionSettings(settings, reveal(draft.secrets())));
            } catch (DataSourceException e) {
                outcome = new TestOutcome(Diagnosis.INVALID_SETTINGS, e.getMessage(), 0);
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put("type", type);
            details.put("diagnosis", outcome.diagnosis().name());
            audit.record(actor, SourceAudit.TESTED, "datasource:unsaved", outcome.ok() ? Outcome.SUCCESS
                    : Outcome.FAILURE, details, List.of());
            return outcome;
        });
    }

    /** The types the running connectors serve now. */
    public List<ConnectorType> types() {
        return connectors.served();
    }

    private TestOutcome check(StoredSource source, Connector connector) {
        TestOutcome outcome;
        try {
            outcome = ConnectionTests.run(connector, settings(source));
        } catch (DataSourceException e) {
            // A secret that cannot be read is a settings problem the owner must fix.
            outcome = new TestOutcome(Diagnosis.INVALID_SETTINGS, e.getMessage(), 0);
        }
        health.record(source, outcome);
        return outcome;
    }

    private Map<String, String> reveal(Map<String, SecretInput> given) {
        return checks.reveal(given);
    }

    private ConnectionSettings settings(StoredSource source) {
        Map<String, String> secrets = new LinkedHashMap<>();
        source.secrets().forEach((name, secret) -> secrets.put(name, vault.reveal(source.id(), secret)));
        return new ConnectionSettings(source.fields().settings(), secrets);
    }

    private StoredSource require(long id) {
        return store.find(id).orElseThrow(() -> new DataSourceException(DataSourceException.Reason.NOT_FOUND,
                "No data source has the id " + id));
    }
}
