package io.custodian.datasources.internal.service;

import io.custodian.datasources.api.DataSourceEvents;
import io.custodian.datasources.internal.DataSourceErrorCode;
import io.custodian.datasources.internal.schema.ConfigSchema;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.secrets.SecretVault;
import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.datasources.internal.store.SourceFields;
import io.custodian.datasources.internal.store.StoredSecret;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.PersistenceException;

/**
 * Registering, changing and removing sources. Settings are checked against the connector's schema, secrets sealed
 * under the master key (or kept as references), and every change and refusal is audited; events announce the
 * changes.
 */
public final class SourceRegistry {

    private final DataSourceStore store;
    private final Connectors connectors;
    private final SecretVault vault;
    private final ConnectionChecks checks;
    private final SourceAudit audit;
    private final SourceEvents events;
    private final Clock clock;

    public SourceRegistry(DataSourceStore store, Connectors connectors, SecretVault vault, SourceAudit audit,
                          SourceEvents events, Clock clock) {
        this.store = store;
        this.connectors = connectors;
        this.vault = vault;
        this.checks = new ConnectionChecks(vault);
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a source.
     *
     * @param testFirst tries the connection first and saves nothing if it fails
     * @throws CustodianException {@code datasource.invalid_request}, {@code datasource.unknown_type},
     *                            {@code datasource.settings_rejected}, {@code datasource.name_taken} or the code of a
     *                            failed test's diagnosis
     */
    public StoredSource create(SourceDraft draft, boolean testFirst, Actor actor) {
        return audit.attempt(actor, SourceAudit.CREATED, "datasource:new", () -> {
            FieldChecks fields = new FieldChecks();
            String name = fields.required("name", draft.name(), FieldChecks.MAX_NAME);
            String type = fields.required("type", draft.type(), FieldChecks.MAX_TYPE);
            String owner = fields.optional("owner", draft.owner(), FieldChecks.MAX_OWNER);
            List<String> tags = fields.tags(draft.tags());
            String description = fields.description(draft.description());
            fields.secretNames(draft.secrets().keySet());
            fields.throwIfAny();

            Connector connector = connectors.forNewSource(type);
            ConfigSchema schema = connectors.schema(connector, type);
            Map<String, String> settings = checks.settings(schema, draft.settings(), draft.secrets().keySet(),
                    draft.secrets());
            requireFreeName(name, null);
            if (testFirst) {
                ConnectionChecks.requireWorking(connector, new ConnectionSettings(settings, checks.reveal(draft.secrets())));
            }
            SourceFields stored = new SourceFields(name, settings, owner == null ? actor.user() : owner, tags, description);
            StoredSource created = insert(type, stored, draft.secrets(), actor);
            audit.record(actor, SourceAudit.CREATED, SourceAudit.resource(created.id()), Outcome.SUCCESS,
                    SourceAudit.about(created),
                    SourceAudit.changes(Map.of(), SourceAudit.view(created, created.secrets().keySet())));
            events.publish(DataSourceEvents.CREATED, created.id(), name, type, actor, Map.of());
            return created;
        });
    }

    /**
     * Changes a source.
     *
     * @param testFirst tries the changed connection first and saves nothing if it fails
     * @throws CustodianException {@code datasource.not_found}, {@code datasource.invalid_request},
     *                            {@code datasource.connector_unavailable}, {@code datasource.settings_rejected},
     *                            {@code datasource.name_taken} or the code of a failed test's diagnosis
     */
    public StoredSource update(long id, SourceChanges changes, boolean testFirst, Actor actor) {
        return audit.attempt(actor, SourceAudit.UPDATED, SourceAudit.resource(id), () -> {
            StoredSource before = store.find(id).orElseThrow(() -> notFound(id));
            FieldChecks fields = new FieldChecks();
            if (changes.type() != null && !changes.type().strip().equals(before.type())) {
                fields.add("type", "a source never changes its type; register a new source instead");
            }
            String name = changes.name() == null ? before.name() : fields.required("name", changes.name(), FieldChecks.MAX_NAME);
            String owner = changes.owner() == null ? before.fields().owner()
                    : fields.required("owner", changes.owner(), FieldChecks.MAX_OWNER);
            List<String> tags = changes.tags() == null ? before.fields().tags() : fields.tags(changes.tags());
            String description = changes.description() == null ? before.fields().description()
                    : fields.description(changes.description());
            Map<String, SecretInput> given = new LinkedHashMap<>();
            Set<String> removed = new LinkedHashSet<>();
            changes.secrets().forEach((secret, input) -> {
                if (input == null) {
                    removed.add(secret);
                } else {
                    given.put(secret, input);
                }
            });
            fields.secretNames(given.keySet());
            fields.throwIfAny();

            Map<String, String> settings = before.fields().settings();
            if (changes.changesConnection() || testFirst) {
                Connector connector = connectors.find(before.type()).orElseThrow(() -> new CustodianException(
                        DataSourceErrorCode.CONNECTOR_UNAVAILABLE, "No running connector serves the type "
                        + before.type() + "; start its plugin before changing the connection"));
                Set<String> secretNames = new LinkedHashSet<>(before.secrets().keySet());
                secretNames.removeAll(removed);
                secretNames.addAll(given.keySet());
                Map<String, ?> newSettings = changes.settings() == null ? settings : changes.settings();
                settings = checks.settings(connectors.schema(connector, before.type()), newSettings, secretNames, given);
                if (testFirst) {
                    ConnectionChecks.requireWorking(connector, new ConnectionSettings(settings,
                            secretsAfter(before, removed, given)));
                }
            }
            requireFreeName(name, id);
            SourceFields stored = new SourceFields(name, settings, owner, tags, description);
            StoredSource after = vault.sealing(() -> store.update(id, stored, seal(id, given), removed, clock.instant()))
                    .orElseThrow(() -> notFound(id));
            audit.record(actor, SourceAudit.UPDATED, SourceAudit.resource(id), Outcome.SUCCESS, SourceAudit.about(after),
                    SourceAudit.changes(SourceAudit.view(before, Set.of()), SourceAudit.view(after, given.keySet())));
            events.publish(DataSourceEvents.CHANGED, id, name, after.type(), actor, Map.of());
            return after;
        });
    }

    /**
     * Removes a source with its secrets and health history.
     *
     * @throws CustodianException {@code datasource.not_found}
     */
    public StoredSource delete(long id, Actor actor) {
        return audit.attempt(actor, SourceAudit.DELETED, SourceAudit.resource(id), () -> {
            StoredSource before = store.delete(id).orElseThrow(() -> notFound(id));
            audit.record(actor, SourceAudit.DELETED, SourceAudit.resource(id), Outcome.SUCCESS, SourceAudit.about(before),
                    SourceAudit.changes(SourceAudit.view(before, Set.of()), Map.of()));
            events.publish(DataSourceEvents.DELETED, id, before.name(), before.type(), actor, Map.of());
            return before;
        });
    }

    /** The problem of a source that does not exist. */
    static CustodianException notFound(long id) {
        return new CustodianException(DataSourceErrorCode.NOT_FOUND, "No data source has the id " + id);
    }

    private StoredSource insert(String type, SourceFields fields, Map<String, SecretInput> secrets, Actor actor) {
        try {
            return vault.sealing(() -> store.insert(type, fields, actor.name(), clock.instant(), id -> seal(id, secrets)));
        } catch (PersistenceException e) {
            // Two registrations of one name at once: the unique constraint lets only one through.
            requireFreeName(fields.name(), null);
            throw e;
        }
    }

    private List<StoredSecret> seal(long id, Map<String, SecretInput> secrets) {
        List<StoredSecret> sealed = new ArrayList<>();
        secrets.forEach((name, input) -> sealed.add(vault.seal(id, name, input)));
        return sealed;
    }

    private Map<String, String> secretsAfter(StoredSource before, Set<String> removed, Map<String, SecretInput> given) {
        Map<String, String> values = new HashMap<>();
        before.secrets().forEach((name, secret) -> {
            if (!removed.contains(name) && !given.containsKey(name)) {
                values.put(name, vault.reveal(before.id(), secret));
            }
        });
        values.putAll(checks.reveal(given));
        return values;
    }

    private void requireFreeName(String name, Long self) {
        store.findByName(name).filter(other -> self == null || other.id() != self).ifPresent(other -> {
            throw new CustodianException(DataSourceErrorCode.NAME_TAKEN, "Another data source is named " + name);
        });
    }
}
