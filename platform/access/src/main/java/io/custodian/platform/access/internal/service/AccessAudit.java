package io.custodian.platform.access.internal.service;

import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The audit records of access-control changes. Every mutation runs through {@link #attempt}: a
 * refusal is recorded with outcome {@code DENIED} (403) or {@code FAILURE} (any other error) and
 * the error code; the mutation records its own success after the commit.
 */
final class AccessAudit {

    private final AuditService audit;

    AccessAudit(AuditService audit) {
        this.audit = audit;
    }

    /** Runs {@code work}; if it throws, records the failure of {@code action} on {@code resource} and rethrows. */
    <T> T attempt(String action, String resource, Supplier<T> work) {
        try {
            return work.get();
        } catch (CustodianException e) {
            Outcome outcome = e.errorCode().status() == 403 ? Outcome.DENIED : Outcome.FAILURE;
            record(action, resource, outcome, Map.of("code", e.errorCode().code(), "reason",
                    Texts.clip(e.getMessage(), 500)));
            throw e;
        } catch (RuntimeException e) {
            record(action, resource, Outcome.FAILURE, Map.of("code", "internal.error"));
            throw e;
        }
    }

    /**
     * Records a committed change as the before/after difference of the definition (a summary of
     * the role, policy, grant or delegation; null when it did not exist before or after).
     */
    void success(String action, String resource, String before, String after) {
        List<FieldChange> changes = Objects.equals(before, after) ? List.of()
                : List.of(AuditChanges.redact(new FieldChange("definition", clip(before), clip(after))));
        record(action, resource, Outcome.SUCCESS, Map.of(), changes);
    }

    private void record(String action, String resource, Outcome outcome, Map<String, String> details) {
        record(action, resource, outcome, details, List.of());
    }

    private void record(String action, String resource, Outcome outcome, Map<String, String> details,
                        List<FieldChange> changes) {
        Caller caller = Caller.current();
        audit.record(new AuditEvent(caller.actor(), action, Texts.clip(resource, 300), outcome, caller.origin(),
                details).withChanges(changes));
    }

    private static String clip(String summary) {
        return summary == null ? null : Texts.clip(summary, 2000);
    }
}
