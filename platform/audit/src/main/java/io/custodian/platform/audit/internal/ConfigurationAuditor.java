package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import java.util.Map;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Audits changes to Custodian's configuration (PIDs under {@code io.custodian}). Only the PID and
 * the kind of change are recorded: values may hold secrets.
 */
@Component
public class ConfigurationAuditor implements ConfigurationListener {

    private static final String PREFIX = "io.custodian";

    @Reference
    private AuditService audit;

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getFactoryPid() != null ? event.getFactoryPid() : event.getPid();
        if (pid == null || !pid.startsWith(PREFIX)) {
            return;
        }
        String action = switch (event.getType()) {
            case ConfigurationEvent.CM_UPDATED -> "config.updated";
            case ConfigurationEvent.CM_DELETED -> "config.deleted";
            default -> "config.location_changed";
        };
        audit.record(AuditEvent.system(action, "config:" + event.getPid(), Map.of()));
    }
}
