package io.custodian.scanning.internal.run;

import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.ScanningErrorCode;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.store.DefinitionStore;
import io.custodian.scanning.internal.store.RunError;
import io.custodian.scanning.internal.store.RunPage;
import io.custodian.scanning.internal.store.RunQuery;
import io.custodian.scanning.internal.store.RunStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starting, cancelling and reading scan runs, for the REST resources, the shell and the schedule. Every start,
 * cancel and refusal is audited with the current caller ({@code system} for the schedule).
 */
public final class RunService {

    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);
    /** The schedule acts as the platform itself: its runs and audit records name {@code system}. */
    private static final Caller SCHEDULE = new Caller(Optional.of("system"), Origin.SYSTEM);

    private final DefinitionStore definitions;
    private final RunStore runs;
    private final ScanRunner runner;
    private final DataSourceService sources;
    private final RunAccess access;
    private final AuditService audit;

    public RunService(DefinitionStore definitions, RunStore runs, ScanRunner runner, DataSourceService sources, RunAccess access,
                      AuditService audit) {
        this.definitions = definitions;
        this.runs = runs;
        this.runner = runner;
        this.sources = sources;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Queues a run of a definition for the current caller. A {@link ScanTrigger#MANUAL} start (REST) also needs
     * {@code datasource.scan:<source id>}; a shell start runs as the shell's administrator.
     */
    public ScanRun start(long definitionId, ScanTrigger trigger) {
        return start(definitionId, trigger, Caller.current());
    }

    private ScanRun start(long definitionId, ScanTrigger trigger, Caller caller) {
        String resource = "scan-definition:" + definitionId;
        try {
            ScanDefinition definition = definition(definitionId);
            DataSource source = sources.find(definition.sourceId()).orElseThrow(() -> new CustodianException(
                    ScanningErrorCode.SOURCE_MISSING, "The data source " + definition.sourceId() + " of scan definition "
                    + definitionId + " no longer exists."));
            if (trigger == ScanTrigger.MANUAL) {
                access.requireScan(caller, source, "start", resource);
            }
            ScanRun run = runner.start(definition, trigger, caller.actor());
            audit.record(new AuditEvent(caller.actor(), "scan.run_started", "scan-run:" + run.id(), Outcome.SUCCESS,
                    caller.origin(), Map.of("definitionId", Long.toString(definitionId), "sourceId",
                    Long.toString(definition.sourceId()), "trigger", trigger.name())));
            return run;
        } catch (CustodianException e) {
            if (!e.errorCode().equals(ScanningErrorCode.SCAN_NOT_ALLOWED)) {
                audit.record(new AuditEvent(caller.actor(), "scan.run_started", resource, Outcome.FAILURE, caller.origin(),
                        Map.of("code", e.errorCode().code())));
            }
            throw e;
        }
    }

    /**
     * Starts a scheduled run, or records it as skipped when the source is being scanned. Never throws: the schedule
     * has nobody to tell.
     */
    public Optional<ScanRun> startScheduled(long definitionId) {
        try {
            Optional<ScanDefinition> definition = definitions.find(definitionId);
            if (definition.isEmpty()) {
                LOG.info("Scheduled scan of definition {} ignored: the definition no longer exists", definitionId);
                return Optional.empty();
            }
            if (sources.find(definition.get().sourceId()).isEmpty()) {
                LOG.warn("Scheduled scan of definition {} not started: its data source {} no longer exists", definitionId,
                        definition.get().sourceId());
                audit.record(new AuditEvent(SCHEDULE.actor(), "scan.run_started", "scan-definition:" + definitionId,
                        Outcome.FAILURE, SCHEDULE.origin(), Map.of("code", ScanningErrorCode.SOURCE_MISSING.code())));
                return Optional.empty();
            }
            ScanRun run = runner.startOrSkip(definition.get(), SCHEDULE.actor());
            boolean skipped = run.status() == ScanStatus.SKIPPED;
            audit.record(AuditEvent.system(skipped ? "scan.run_skipped" : "scan.run_started", "scan-run:" + run.id(),
                    skipped ? Map.of("definitionId", Long.toString(definitionId), "reason", run.message())
                            : Map.of("definitionId", Long.toString(definitionId), "sourceId",
                            Long.toString(run.sourceId()), "trigger", ScanTrigger.SCHEDULE.name())));
            return Optional.of(run);
        } catch (RuntimeException e) {
            LOG.warn("Scheduled scan of definition {} could not start", definitionId, e);
            return Optional.empty();
        }
    }

    /**
     * Asks a run of this node to stop at its next element.
     *
     * @param checkAccess whether the caller must hold {@code datasource.scan:<source id>} (REST), not for the shell
     */
    public ScanRun cancel(String runId, boolean checkAccess) {
        Caller caller = Caller.current();
        String resource = "scan-run:" + runId;
        Optional<ActiveRunHandle> active = runner.active(runId);
        if (active.isEmpty()) {
            ScanRun run = get(runId);
            audit.record(new AuditEvent(caller.actor(), "scan.run_cancelled", resource, Outcome.FAILURE, caller.origin(),
                    Map.of("code", ScanningErrorCode.RUN_NOT_ACTIVE.code(), "status", run.status().name())));
            throw new CustodianException(ScanningErrorCode.RUN_NOT_ACTIVE, "The scan run " + runId + " is " + run.status()
                    + (run.status().finished() ? "" : " on node " + run.nodeId()) + "; only a run of this node that is queued "
                    + "or running can be cancelled here.");
        }
        ScanRun run = active.get().view();
        if (checkAccess) {
            Optional<DataSource> source = sources.find(run.sourceId());
            if (source.isPresent()) {
                access.requireScan(caller, source.get(), "cancel", resource);
            }
        }
        active.get().cancel(caller.actor());
        audit.record(new AuditEvent(caller.actor(), "scan.run_cancelled", resource, Outcome.SUCCESS, caller.origin(),
                Map.of("definitionId", Long.toString(run.definitionId()), "sourceId", Long.toString(run.sourceId()))));
        return active.get().view();
    }

    /** The run, live while this node runs it. */
    public Optional<ScanRun> find(String runId) {
        Optional<ActiveRunHandle> active = runner.active(runId);
        return active.isPresent() ? Optional.of(active.get().view()) : runs.find(runId);
    }

    /** The run, or a 404 problem. */
    public ScanRun get(String runId) {
        return find(runId).orElseThrow(() -> new CustodianException(ScanningErrorCode.RUN_NOT_FOUND,
                "No scan run with id " + runId + "."));
    }

    /** A run this node has queued or running, to wait for it. */
    public Optional<ActiveRunHandle> active(String runId) {
        return runner.active(runId);
    }

    /** One page of the history, newest first; runs of this node in progress show their live figures. */
    public RunPage page(RunQuery query) {
        RunPage page = runs.page(query);
        return new RunPage(page.items().stream().map(run -> run.status().finished() ? run
                : runner.active(run.id()).map(ActiveRunHandle::view).orElse(run)).toList(), page.next());
    }

    /** The newest runs of one source. */
    public List<ScanRun> latest(long sourceId, int limit) {
        return page(new RunQuery(null, sourceId, null, null, limit)).items();
    }

    /** The stored errors of a run. */
    public List<RunError> errors(String runId) {
        get(runId);
        return runs.errors(runId);
    }

    private ScanDefinition definition(long definitionId) {
        return definitions.find(definitionId).orElseThrow(() -> new CustodianException(ScanningErrorCode.DEFINITION_NOT_FOUND,
                "No scan definition with id " + definitionId + "."));
    }
}
