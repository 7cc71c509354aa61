package io.custodian.platform.health.internal;

import io.custodian.platform.health.api.HealthIndicator;
import io.custodian.platform.health.api.HealthReport;
import io.custodian.platform.health.api.HealthService;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@link HealthService} over every registered {@link HealthIndicator} (whiteboard). */
@Component(service = HealthService.class)
public class PlatformHealthService implements HealthService {

    private static final long INDICATOR_TIMEOUT_MS = 3000;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<HealthIndicator> indicators = new CopyOnWriteArrayList<>();

    private final BundleContext context;
    private final ExecutorService executor;
    private final HealthAggregator aggregator;

    @Activate
    public PlatformHealthService(BundleContext context) {
        this.context = context;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "custodian-health");
            thread.setDaemon(true);
            return thread;
        });
        this.aggregator = new HealthAggregator(executor, INDICATOR_TIMEOUT_MS, Clock.systemUTC());
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public HealthReport report() {
        return aggregator.report(List.copyOf(indicators), CustodianBundles.of(context));
    }
}
