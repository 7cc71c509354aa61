package io.custodian.scanning.internal.schedule;

import io.custodian.scanning.internal.ScanningHost;
import io.custodian.scanning.internal.definition.DefinitionService;
import io.custodian.scanning.internal.definition.ScanDefinition;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.camel.RoutesBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scheduled definitions through Camel: keeps one {@link RoutesBuilder} service registered with a Quartz cron
 * route per definition that has a schedule ({@link ScheduleRoutes}). The kernel's event bus adds a registered
 * builder's routes to its Camel context and removes them with the service, so a change of schedules replaces the
 * service; a change that leaves every schedule as it was replaces nothing. A scheduled start while the source is
 * being scanned is recorded as a skipped run.
 */
@Component(service = {})
public class ScanSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ScanSchedule.class);

    private final DefinitionService definitions;
    private final LongConsumer start;
    private final Function<RoutesBuilder, Runnable> registrar;
    private final Runnable listener = this::refresh;
    private Map<Long, String> registeredCrons = Map.of(); // guarded by this
    private Runnable unregister; // guarded by this
    private boolean active = true; // guarded by this

    @Activate
    public ScanSchedule(BundleContext context, @Reference ScanningHost host) {
        this(host.definitions(), id -> host.runs().startScheduled(id), builder -> {
            ServiceRegistration<RoutesBuilder> registration = context.registerService(RoutesBuilder.class, builder, null);
            return registration::unregister;
        });
    }

    /**
     * @param definitions the definitions whose schedules to run
     * @param start       starts a scheduled run of a definition id; must not throw
     * @param registrar   makes routes live; answers how to remove them again
     */
    ScanSchedule(DefinitionService definitions, LongConsumer start, Function<RoutesBuilder, Runnable> registrar) {
        this.definitions = definitions;
        this.start = start;
        this.registrar = registrar;
        definitions.onChange(listener);
        refresh();
    }

    @Deactivate
    void deactivate() {
        definitions.removeListener(listener);
        synchronized (this) {
            active = false;
            unregister();
        }
    }

    /**
     * Re-reads the scheduled definitions and replaces the routes when a schedule changed. Reading and replacing hold
     * the same lock, so two changes in quick succession cannot leave the older schedules registered.
     */
    synchronized void refresh() {
        if (!active) {
            return;
        }
        Map<Long, String> crons = new TreeMap<>();
        try {
            for (ScanDefinition definition : definitions.scheduled()) {
                crons.put(definition.id(), definition.cron());
            }
        } catch (RuntimeException e) {
            LOG.warn("Scan schedules could not be read; the current ones stay", e);
            return;
        }
        if (crons.equals(registeredCrons)) {
            return;
        }
        unregister();
        if (!crons.isEmpty()) {
            try {
                unregister = registrar.apply(new ScheduleRoutes(crons, start));
            } catch (RuntimeException e) {
                LOG.error("Scan schedules {} could not be registered", crons, e);
                return;
            }
        }
        registeredCrons = Map.copyOf(crons);
        LOG.info("Scan schedules: {}", crons.isEmpty() ? "none" : crons);
    }

    private void unregister() {
        if (unregister != null) {
            try {
                unregister.run();
            } catch (IllegalStateException e) {
                // Already gone with the bundle.
            }
            unregister = null;
        }
        registeredCrons = Map.of();
    }
}
