package io.custodian.platform.access.internal;

import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.access.internal.store.PatternText;
import io.custodian.platform.access.internal.store.StoreSession;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Audits the end of time-bound policies, grants and delegations, once each. Only the audit trail
 * depends on it: the engine stops counting an expired definition by itself, at the exact instant.
 */
public final class ExpiryWatcher {

    static final String GRANT_EXPIRED = "grant.expired";
    static final String POLICY_EXPIRED = "policy.expired";
    static final String DELEGATION_EXPIRED = "delegation.expired";

    private final AccessStore store;
    private final AuditService audit;
    private final Clock clock;

    public ExpiryWatcher(AccessStore store, AuditService audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Marks every definition that ended since the last check and appends one {@code *.expired}
     * record for each (actor {@code system}). Records are appended after the marks are committed:
     * a crash in between loses a record rather than writing one twice.
     *
     * @return how many expiries were audited
     */
    public int checkExpiries() {
        List<AuditEvent> events = store.write(this::markExpired);
        events.forEach(audit::record);
        return events.size();
    }

    private List<AuditEvent> markExpired(StoreSession session) {
        var now = clock.instant();
        List<AuditEvent> events = new ArrayList<>();
        session.expiredPolicies(now).forEach(p -> {
            p.markExpiryAudited();
            events.add(AuditEvent.system(POLICY_EXPIRED, "policy:" + p.getId(), Map.of(
                    "name", p.getName(), "principal", p.getPrincipal(), "permissions", p.getPermissions(),
                    "validUntil", p.getValidUntil().toString())));
        });
        session.expiredGrants(now).forEach(g -> {
            g.markExpiryAudited();
            events.add(AuditEvent.system(GRANT_EXPIRED, "grant:" + g.getId(), Map.of(
                    "principal", g.getPrincipal(), "role", g.getRole(), "validUntil", g.getValidUntil().toString())));
        });
        session.expiredDelegations(now).forEach(d -> {
            d.markExpiryAudited();
            events.add(AuditEvent.system(DELEGATION_EXPIRED, "delegation:" + d.getId(), Map.of(
                    "delegator", d.getDelegator(), "delegate", d.getDelegate(),
                    "permissions", String.join(",", PatternText.names(d.getPermissions())),
                    "validUntil", d.getValidUntil().toString())));
        });
        return events;
    }
}
