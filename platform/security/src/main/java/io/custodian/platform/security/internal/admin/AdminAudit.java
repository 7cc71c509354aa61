package io.custodian.platform.security.internal.admin;

import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.Caller;
import java.util.Map;

/** Audit records of user and group administration, attributed to the caller of the request. */
final class AdminAudit {

    private final AuditService audit;

    AdminAudit(AuditService audit) {
        this.audit = audit;
    }

    void changed(String action, String resource, Map<String, ?> before, Map<String, ?> after) {
        Caller caller = Caller.current();
        audit.record(new AuditEvent(caller.actor(), action, resource, Outcome.SUCCESS, caller.origin(), Map.of())
                .withChanges(AuditChanges.diff(before, after)));
    }

    void failed(String action, String resource, String reason) {
        Caller caller = Caller.current();
        audit.record(new AuditEvent(caller.actor(), action, resource, Outcome.FAILURE, caller.origin(),
                Map.of("reason", reason)));
    }
}
