package io.custodian.platform.apikeys.internal.service;

import io.custodian.platform.apikeys.internal.store.StoredKey;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The audit records of key management. Every operation runs through {@link #attempt}: a refusal
 * is recorded with outcome {@code DENIED} (403) or {@code FAILURE} (any other error) and its code;
 * the operation records its own success after the commit. Records name keys as
 * {@code apikey:<keyId>} and never carry the key or its hash.
 */
final class ApiKeyAudit {

    /** What an operation acts on, filled in as soon as it is known, for the failure record. */
    static final class Target {
        private String resource = "";
        private final Map<String, String> details = new LinkedHashMap<>();

        void key(StoredKey key) {
            resource = resource(key.keyId());
            details.put("id", key.id());
        }

        void requested(String id) {
            details.put("id", Texts.clip(id, 100));
        }
    }

    private final AuditService audit;

    ApiKeyAudit(AuditService audit) {
        this.audit = audit;
    }

    static String resource(String keyId) {
        return "apikey:" + keyId;
    }

    /** Runs {@code work}; if it throws, records the failure of {@code action} and rethrows. */
    <T> T attempt(String action, Function<Target, T> work) {
        Target target = new Target();
        try {
            return work.apply(target);
        } catch (CustodianException e) {
            Outcome outcome = e.errorCode().status() == 403 ? Outcome.DENIED : Outcome.FAILURE;
            Map<String, String> details = new LinkedHashMap<>(target.details);
            details.put("code", e.errorCode().code());
            details.put("reason", Texts.clip(e.getMessage(), 500));
            record(action, target.resource, outcome, details, List.of());
            throw e;
        } catch (RuntimeException e) {
            Map<String, String> details = new LinkedHashMap<>(target.details);
            details.put("code", "internal.error");
            record(action, target.resource, Outcome.FAILURE, details, List.of());
            throw e;
        }
    }

    /** Records a committed change of the key {@code keyId}. */
    void success(String action, String keyId, Map<String, String> details, List<FieldChange> changes) {
        record(action, resource(keyId), Outcome.SUCCESS, details, changes);
    }

    private void record(String action, String resource, Outcome outcome, Map<String, String> details,
                        List<FieldChange> changes) {
        Caller caller = Caller.current();
        audit.record(new AuditEvent(caller.actor(), action, resource, outcome, caller.origin(), details, changes));
    }
}
