package io.custodian.scanning.internal;

import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanRuns;
import io.custodian.scanning.internal.definition.DefinitionService;
import io.custodian.scanning.internal.run.ProgressReporter;
import io.custodian.scanning.internal.run.RunAccess;
import io.custodian.scanning.internal.run.RunEvents;
import io.custodian.scanning.internal.run.RunService;
import io.custodian.scanning.internal.run.ScanRunner;
import io.custodian.scanning.internal.store.DefinitionStore;
import io.custodian.scanning.internal.store.RunStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scanning group's services in one place: definitions, runs, the run pool and the progress reports. On
 * activation it migrates its tables and marks the runs this node lost (a crash, a kill) failed; on deactivation it
 * cancels its runs. The REST resources, the shell commands and the schedule use it through {@link #definitions()}
 * and {@link #runs()}; other groups read the history through {@link ScanRuns}.
 */
@Component(service = {ScanningHost.class, ScanRuns.class}, configurationPid = ScanningConfig.PID)
@Designate(ocd = ScanningConfig.class)
public class ScanningHost implements ScanRuns {

    private static final Logger LOG = LoggerFactory.getLogger(ScanningHost.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventBus bus;

    private final ScanRunner runner;
    private final DefinitionService definitions;
    private final RunService runs;
    private final ScheduledExecutorService timers;
    private final ProgressReporter progress;

    @Activate
    public ScanningHost(BundleContext context, ScanningConfig config, @Reference SchemaMigrator migrator,
                        @Reference(target = "(osgi.unit.name=" + DefinitionStore.PERSISTENCE_UNIT + ")") EntityManagerFactory emf,
                        @Reference DataSourceService sources, @Reference CatalogUpdates catalog,
                        @Reference AuditService audit, @Reference AccessDecider decider) {
        this(migrated(migrator, context, emf), sources, catalog, audit, decider, null, Clock.systemUTC(), nodeId(config),
                config.maxConcurrentRuns());
    }

    /**
     * For tests: a host on an already migrated database, with its own clock and node id.
     *
     * @param fixedBus the bus to publish on instead of the bound one, or {@code null}
     */
    ScanningHost(EntityManagerFactory emf, DataSourceService sources, CatalogUpdates catalog, AuditService audit,
                 AccessDecider decider, EventBus fixedBus, Clock clock, String nodeId, int maxConcurrentRuns) {
        DefinitionStore definitionStore = new DefinitionStore(emf);
        RunStore runStore = new RunStore(emf);
        RunEvents events = new RunEvents(fixedBus != null ? () -> fixedBus : () -> bus);
        this.runner = new ScanRunner(runStore, sources, catalog, events, audit, clock, nodeId, Math.max(1, maxConcurrentRuns));
        this.definitions = new DefinitionService(definitionStore, runStore, sources, audit, clock);
        this.runs = new RunService(definitionStore, runStore, runner, sources, new RunAccess(decider, audit), audit);
        int lost = runner.recoverInterrupted();
        if (lost > 0) {
            LOG.warn("Marked {} scan run(s) of node {} failed: the server stopped while they ran", lost, nodeId);
            audit.record(AuditEvent.system("scan.runs_interrupted", "node:" + nodeId, Map.of("runs", Integer.toString(lost))));
        }
        this.timers = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "custodian-scan-progress");
            thread.setDaemon(true);
            return thread;
        });
        this.progress = new ProgressReporter(runner, runStore, events);
        timers.scheduleAtFixedRate(progress, 1, 1, TimeUnit.SECONDS);
    }

    @Modified
    void modified(ScanningConfig config) {
        runner.resize(Math.max(1, config.maxConcurrentRuns()));
    }

    @Deactivate
    void deactivate() {
        runner.close();
        timers.shutdownNow();
    }

    /** Reports the running runs' progress now rather than at the next second (for tests). */
    void reportProgressNow() {
        progress.run();
    }

    /** Scan definitions. */
    public DefinitionService definitions() {
        return definitions;
    }

    /** Scan runs. */
    public RunService runs() {
        return runs;
    }

    /** A timer thread for short periodic work (the progress of server-sent event streams). */
    public ScheduledExecutorService timers() {
        return timers;
    }

    @Override
    public Optional<ScanRun> find(String runId) {
        return runs.find(runId);
    }

    @Override
    public List<ScanRun> latest(long sourceId, int limit) {
        return runs.latest(sourceId, limit);
    }

    private static EntityManagerFactory migrated(SchemaMigrator migrator, BundleContext context, EntityManagerFactory emf) {
        migrator.migrate(context.getBundle(), DefinitionStore.UNIT);
        return emf;
    }

    private static String nodeId(ScanningConfig config) {
        String configured = config.nodeId() == null ? "" : config.nodeId().strip();
        return configured.isEmpty() ? System.getProperty("karaf.name", "local") : configured;
    }
}
