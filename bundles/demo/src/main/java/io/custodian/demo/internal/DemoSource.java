package io.custodian.demo.internal;

import io.custodian.datasources.api.DataSourceService;
import io.custodian.platform.plugins.api.PluginRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start, creates the demo shop database under {@code ${karaf.data}/custodian/demo} and
 * registers it as the data source {@value DemoRegistration#SOURCE_NAME}, so a newcomer has something
 * to scan at once. The work runs on a thread of its own, every {@link #RETRY_INTERVAL} until the H2
 * connector runs (for at most {@link #PATIENCE}); activation never waits for it. Later starts find
 * the marker file and do nothing.
 */
@Component(immediate = true, configurationPid = DemoConfig.PID)
@Designate(ocd = DemoConfig.class)
public class DemoSource {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSource.class);

    static final Duration RETRY_INTERVAL = Duration.ofSeconds(2);
    static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final DemoRegistration registration;
    private final Duration interval;
    private final ScheduledExecutorService executor;

    @Activate
    public DemoSource(BundleContext context, @Reference DataSourceService sources, @Reference PluginRegistry plugins,
                      DemoConfig config) {
        this(config.enabled() ? new DemoRegistration(sources,
                () -> plugins.connector(DemoRegistration.CONNECTOR_TYPE).isPresent(), folder(context), ShopSize.DEMO,
                Clock.systemUTC(), PATIENCE) : null, RETRY_INTERVAL);
    }

    /** Starts {@code registration} at once and repeats it every {@code interval}; null does nothing. */
    DemoSource(DemoRegistration registration, Duration interval) {
        this.registration = registration;
        this.interval = interval;
        if (registration == null) {
            LOG.debug("The demo source is disabled ({} enabled=false)", DemoConfig.PID);
            executor = null;
        } else if (registration.done()) {
            executor = null;
        } else {
            ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread named = new Thread(runnable, "custodian-demo-source");
                named.setDaemon(true);
                return named;
            });
            // On deactivation the attempt under way finishes, the next one does not start.
            thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            executor = thread;
            executor.execute(this::attempt);
        }
    }

    /**
     * Lets an attempt under way finish (a half-written database or marker helps nobody) and cancels
     * the next; whatever is not done is tried again on the next start.
     */
    @Deactivate
    void deactivate() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("The demo source's attempt did not finish within {} s; interrupting it",
                        STOP_WAIT.toSeconds());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void attempt() {
        DemoRegistration.Step step;
        try {
            step = registration.attempt();
        } catch (RuntimeException e) {
            LOG.warn("The demo data source could not be registered; the next start tries again", e);
            return;
        }
        if (step == DemoRegistration.Step.RETRY) {
            try {
                executor.schedule(this::attempt, interval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // Deactivated meanwhile: the next start tries again.
                LOG.debug("Demo source registration stopped with the bundle");
            }
        }
    }

    /** {@code ${karaf.data}/custodian/demo}, or the bundle's data area outside Karaf. */
    private static Path folder(BundleContext context) {
        String karafData = System.getProperty("karaf.data");
        if (karafData != null) {
            return Path.of(karafData, "custodian", "demo");
        }
        return context.getDataFile("demo").toPath();
    }
}
