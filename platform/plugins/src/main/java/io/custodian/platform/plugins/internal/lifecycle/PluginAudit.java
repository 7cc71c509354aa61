package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugins.internal.Rejections;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The audit records of plugin management. Every operation runs through {@link #attempt}: a refusal
 * is recorded with outcome {@code DENIED} (an untrusted jar, a 403) or {@code FAILURE} (anything
 * else) and its code and sentence; the operation records its own success after the change.
 * Resources are {@code plugin:<id>}; work the platform does by itself (deploy/ folder) is done by
 * {@code system}.
 */
public final class PluginAudit {

    public static final String INSTALL = "plugin.install";
    public static final String UPGRADE = "plugin.upgrade";
    public static final String ROLLBACK = "plugin.rollback";
    public static final String UNINSTALL = "plugin.uninstall";
    public static final String START = "plugin.start";
    public static final String STOP = "plugin.stop";
    public static final String GRANT = "plugin.grant";

    /** What an operation acts on, filled in as soon as it is known, for the refusal record. */
    public static final class Attempt {
        private String action;
        private String resource = "";
        private final Map<String, String> details = new LinkedHashMap<>();

        private Attempt(String action) {
            this.action = action;
        }

        /** The operation turned out to be another (an install that is an upgrade). */
        public void action(String newAction) {
            action = newAction;
        }

        public void plugin(String id) {
            if (id != null) {
                resource = resource(id);
                details.put("id", id);
            }
        }

        public void detail(String key, String value) {
            if (value != null) {
                details.put(key, value);
            }
        }
    }

    private final AuditService audit;

    public PluginAudit(AuditService audit) {
        this.audit = audit;
    }

    static String resource(String id) {
        return "plugin:" + id;
    }

    /** Runs {@code work}; if it throws, records the refusal of the attempt's action and rethrows. */
    public <T> T attempt(String action, String pluginId, Function<Attempt, T> work) {
        Attempt attempt = new Attempt(action);
        attempt.plugin(pluginId);
        try {
            return work.apply(attempt);
        } catch (CustodianException e) {
            String code = e.errorCode().code();
            Outcome outcome = e.errorCode().status() == 403 ? Outcome.DENIED : Rejections.outcome(code);
            Map<String, String> details = new LinkedHashMap<>(attempt.details);
            details.put("code", code);
            details.put("reason", clip(e.getMessage()));
            record(attempt.action, attempt.resource, outcome, details, List.of());
            throw e;
        } catch (RuntimeException e) {
            Map<String, String> details = new LinkedHashMap<>(attempt.details);
            details.put("code", "internal.error");
            details.put("reason", clip(String.valueOf(e.getMessage())));
            record(attempt.action, attempt.resource, Outcome.FAILURE, details, List.of());
            throw e;
        }
    }

    /** Records a change of plugin {@code id} that took effect. */
    public void success(String action, String id, Map<String, String> details, List<FieldChange> changes) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("id", id);
        all.putAll(details);
        record(action, resource(id), Outcome.SUCCESS, all, changes);
    }

    private void record(String action, String resource, Outcome outcome, Map<String, String> details,
                        List<FieldChange> changes) {
        Caller caller = Caller.current();
        String actor = caller.user().isPresent() ? caller.actor() : "system";
        audit.record(new AuditEvent(actor, action, resource, outcome, caller.origin(), details, changes));
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
