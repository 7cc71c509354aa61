package io.custodian.platform.plugins.internal.activation;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugin.runtime.ScopeDenialListener;
import io.custodian.plugin.api.Scope;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records {@value #ACTION} when a plugin reaches for something its granted scopes do not cover. */
public final class ScopeDenialAudit implements ScopeDenialListener {

    /** The audited action. */
    public static final String ACTION = "plugin.scope_denied";

    private final AuditService audit;

    public ScopeDenialAudit(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void denied(String pluginId, Scope scope, String operation) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("scope", scope.id());
        details.put("operation", operation);
        // The plugin itself acted, on no user's behalf.
        audit.record(new AuditEvent("plugin:" + pluginId, ACTION, "plugin:" + pluginId, Outcome.DENIED,
                Origin.SYSTEM, details));
    }
}
