package io.custodian.platform.access.internal;

import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.audit.api.AuditService;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ExpiryWatcher#checkExpiries()} every {@code expiry.check.seconds} on one daemon
 * thread. A configuration change restarts the component (no {@code @Modified}) with the new period.
 */
@Component(immediate = true, service = {}, configurationPid = AccessConfig.PID)
public class ExpiryScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScheduler.class);

    private final ExpiryWatcher watcher;
    private final ScheduledExecutorService executor;

    @Activate
    public ExpiryScheduler(@Reference AccessStore store, @Reference AuditService audit, AccessConfig config) {
        this.watcher = new ExpiryWatcher(store, audit, Clock.systemUTC());
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "custodian-access-expiry");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, config.expiry_check_seconds());
        executor.scheduleWithFixedDelay(this::check, period, period, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    private void check() {
        // An exception escaping a scheduled task would silently cancel every later run.
        try {
            int audited = watcher.checkExpiries();
            if (audited > 0) {
                LOG.info("Audited {} expired access definitions", audited);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not check access expiries; retrying in the next period", e);
        }
    }
}
