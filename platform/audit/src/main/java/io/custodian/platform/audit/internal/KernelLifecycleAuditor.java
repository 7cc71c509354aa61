package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventBus;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Records the kernel's start (once the framework reports it started, or at activation if it
 * already had) and stop (when the framework is shutting down) in the audit trail, and publishes
 * {@code io.custodian.kernel.started}/{@code stopping} on the event bus when the bus is there.
 */
@Component(immediate = true)
public class KernelLifecycleAuditor implements FrameworkListener {

    static final String STARTED = "io.custodian.kernel.started";
    static final String STOPPING = "io.custodian.kernel.stopping";
    private static final String SOURCE = "/custodian/kernel";

    @Reference
    private AuditService audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventBus bus;

    private BundleContext context;
    private volatile boolean startRecorded;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(this);
        if (context.getBundle(0).getState() == Bundle.ACTIVE) {
            recordStart();
        }
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
        if (context.getBundle(0).getState() == Bundle.STOPPING) {
            audit.record(AuditEvent.system("kernel.stop", "kernel", Map.of()));
            publish(STOPPING);
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED) {
            recordStart();
        }
    }

    private synchronized void recordStart() {
        if (startRecorded) {
            return;
        }
        startRecorded = true;
        String version = context.getBundle().getVersion().toString();
        audit.record(AuditEvent.system("kernel.start", "kernel", Map.of("version", version)));
        publish(STARTED);
    }

    private void publish(String type) {
        EventBus current = bus;
        if (current != null) {
            current.publish(DomainEvent.of(type, SOURCE, "kernel", "system", Map.of()));
        }
    }
}
