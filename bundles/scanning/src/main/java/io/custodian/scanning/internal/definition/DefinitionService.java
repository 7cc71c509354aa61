package io.custodian.scanning.internal.definition;

import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.scanning.internal.ScanningErrorCode;
import io.custodian.scanning.internal.store.DefinitionStore;
import io.custodian.scanning.internal.store.RunStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creating, changing, removing and reading scan definitions. Every change and every refusal is audited with the
 * current caller; listeners (the schedule) hear of every change.
 */
public final class DefinitionService {

    private static final Logger LOG = LoggerFactory.getLogger(DefinitionService.class);

    private final DefinitionStore store;
    private final RunStore runs;
    private final DataSourceService sources;
    private final AuditService audit;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public DefinitionService(DefinitionStore store, RunStore runs, DataSourceService sources, AuditService audit, Clock clock) {
        this.store = store;
        this.runs = runs;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every definition, by id. */
    public List<ScanDefinition> list() {
        return store.list();
    }

    /** The definitions that have a schedule. */
    public List<ScanDefinition> scheduled() {
        return store.scheduled();
    }

    /** The definition, or a 404 problem. */
    public ScanDefinition get(long id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** Creates a definition; only {@code sourceId} is required (see {@link DefinitionBody}). */
    public ScanDefinition create(DefinitionBody body) {
        return audited("scan.definition_created", "scan-definition:new", () -> {
            DefinitionBody given = body == null ? new DefinitionBody(null, null, null, null, null, null, null, null) : body;
            String defaultName = given.sourceId() == null ? "scan" : clip(source(given.sourceId()).name() + " scan");
            DefinitionSettings settings = DefinitionValidator.forCreation(given, defaultName);
            ScanDefinition created = store.create(settings, Caller.current().actor(), clock.instant());
            Caller caller = Caller.current();
            audit.record(new AuditEvent(caller.actor(), "scan.definition_created", "scan-definition:" + created.id(),
                    Outcome.SUCCESS, caller.origin(), Map.of("name", created.name()))
                    .withChanges(AuditChanges.diff(null, settings.auditView())));
            changed();
            return created;
        });
    }

    /** Changes a definition; omitted fields keep their values (see {@link DefinitionBody}). */
    public ScanDefinition update(long id, DefinitionBody body) {
        return audited("scan.definition_updated", "scan-definition:" + id, () -> {
            ScanDefinition current = get(id);
            if (body == null) {
                throw FieldErrors.single("body", "a JSON object with the fields to change");
            }
            DefinitionSettings before = DefinitionSettings.of(current);
            DefinitionSettings after = DefinitionValidator.forUpdate(body, before);
            if (after.sourceId() != before.sourceId()) {
                source(after.sourceId());
            }
            ScanDefinition updated = store.update(id, after, clock.instant()).orElseThrow(() -> notFound(id));
            Caller caller = Caller.current();
            audit.record(new AuditEvent(caller.actor(), "scan.definition_updated", "scan-definition:" + id, Outcome.SUCCESS,
                    caller.origin(), Map.of("name", updated.name()))
                    .withChanges(AuditChanges.diff(before.auditView(), after.auditView())));
            changed();
            return updated;
        });
    }

    /** Removes a definition that has no queued or running run; its runs stay in the history. */
    public void delete(long id) {
        audited("scan.definition_deleted", "scan-definition:" + id, () -> {
            ScanDefinition current = get(id);
            Optional<String> active = runs.activeRunOfDefinition(id);
            if (active.isPresent()) {
                throw new CustodianException(ScanningErrorCode.DEFINITION_IN_USE, "Scan definition " + id + " has run "
                        + active.get() + " queued or running; cancel it first.", Map.of("runId", active.get()));
            }
            store.delete(id);
            Caller caller = Caller.current();
            audit.record(new AuditEvent(caller.actor(), "scan.definition_deleted", "scan-definition:" + id, Outcome.SUCCESS,
                    caller.origin(), Map.of("name", current.name()))
                    .withChanges(AuditChanges.diff(DefinitionSettings.of(current).auditView(), null)));
            changed();
            return null;
        });
    }

    /** Calls {@code listener} after every change. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Stops calling {@code listener}. */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private DataSource source(long sourceId) {
        return sources.find(sourceId).orElseThrow(() -> new CustodianException(ScanningErrorCode.UNKNOWN_SOURCE,
                "No data source with id " + sourceId + " is registered."));
    }

    /** Runs a change; a refusal is audited as a failure before it reaches the caller. */
    private <T> T audited(String action, String resource, Supplier<T> change) {
        try {
            return change.get();
        } catch (CustodianException e) {
            Caller caller = Caller.current();
            audit.record(new AuditEvent(caller.actor(), action, resource, Outcome.FAILURE, caller.origin(),
                    Map.of("code", e.errorCode().code())));
            throw e;
        }
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A listener of scan definition changes failed", e);
            }
        }
    }

    private static CustodianException notFound(long id) {
        return new CustodianException(ScanningErrorCode.DEFINITION_NOT_FOUND, "No scan definition with id " + id + ".");
    }

    private static String clip(String name) {
        return name.length() <= DefinitionValidator.MAX_NAME ? name : name.substring(0, DefinitionValidator.MAX_NAME);
    }
}
