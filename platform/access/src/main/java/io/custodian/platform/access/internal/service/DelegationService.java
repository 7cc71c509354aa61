package io.custodian.platform.access.internal.service;

import io.custodian.platform.access.internal.AccessErrorCode;
import io.custodian.platform.access.internal.Ids;
import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.entity.DelegationEntity;
import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.access.internal.store.PatternText;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.Validity;
import io.custodian.platform.rest.api.CustodianException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Delegations: a user lends some of their own permissions to another user for at most
 * {@value #MAX_DAYS} days. The engine re-checks the delegator's rights on every use, so a
 * delegation lapses as soon as the delegator loses the right.
 */
public final class DelegationService {

    static final String CREATED = "delegation.created";
    static final String REVOKED = "delegation.revoked";
    static final int MAX_DAYS = 90;
    /** Who may see every delegation. */
    static final String SEE_ALL = "role.view";
    /** Who may revoke anyone's delegation. */
    static final String REVOKE_ANY = "role.edit";

    private final LiveAccessDecider decider;
    private final AccessStore store;
    private final ModelWriter writer;
    private final RightsGuard rights;
    private final AccessAudit audit;

    public DelegationService(LiveAccessDecider decider, AccessStore store, AuditService audit) {
        this.decider = decider;
        this.store = store;
        this.writer = new ModelWriter(decider);
        this.rights = new RightsGuard(decider);
        this.audit = new AccessAudit(audit);
    }

    /** The delegations the caller gave or received; every delegation for holders of {@code role.view}. */
    public List<DelegationView> list() {
        String caller = RightsGuard.callerUser();
        boolean all = rights.may(caller, SEE_ALL);
        Instant now = decider.now();
        return store.read(s -> s.delegations().stream()
                .filter(d -> all || caller.equals(d.getDelegator()) || caller.equals(d.getDelegate()))
                .map(d -> view(d, now)).toList());
    }

    public DelegationView create(DelegationBody body) {
        return audit.attempt(CREATED, "delegation:new", () -> {
            String caller = RightsGuard.callerUser();
            Instant now = decider.now();
            FieldErrors errors = new FieldErrors();
            if (body == null) {
                errors.add("body", "a JSON object is required");
                errors.throwIfAny("The delegation");
            }
            String delegate = delegate(body.delegate(), caller, errors);
            Set<PermissionPattern> permissions = Fields.patterns("permissions", body.permissions(), errors);
            Instant from = Fields.instant("validFrom", body.validFrom(), errors);
            Instant until = Fields.instant("validUntil", body.validUntil(), errors);
            if (Fields.blank(body.validUntil())) {
                errors.add("validUntil", "required: a delegation must end");
            } else if (until != null && !until.isAfter(now)) {
                errors.add("validUntil", "must be in the future");
            } else if (until != null && until.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
                errors.add("validUntil", "at most " + MAX_DAYS + " days ahead");
            }
            // Without an explicit start it is now, which the checks above already put before the end.
            Fields.window(from, until, errors);
            Instant start = from == null ? now : from;
            if (PatternText.format(permissions).length() > 4000) {
                errors.add("permissions", "too long in total (4000 characters)");
            }
            errors.throwIfAny("The delegation");
            rights.requireHeld(caller, permissions, AccessErrorCode.DELEGATION_EXCEEDS_RIGHTS, "The delegation");
            String id = Ids.next(Ids.DELEGATION);
            DelegationView created = writer.write(s -> {
                DelegationEntity delegation = new DelegationEntity(id, caller, delegate,
                        PatternText.format(permissions), start, until, now);
                s.persist(delegation);
                return view(delegation, now);
            });
            audit.success(CREATED, "delegation:" + id, null, created.summary());
            return created;
        });
    }

    /** Revokes a delegation; only its delegator or a holder of {@code role.edit} may. */
    public void revoke(String id) {
        audit.attempt(REVOKED, "delegation:" + id, () -> {
            String caller = RightsGuard.callerUser();
            DelegationView before = writer.write(s -> {
                DelegationEntity delegation = s.delegation(id)
                        .filter(d -> visibleTo(caller, d))
                        .orElseThrow(() -> new CustodianException(AccessErrorCode.DELEGATION_NOT_FOUND,
                                "No delegation with id '" + Texts.clip(id, 100) + "'"));
                if (!caller.equals(delegation.getDelegator()) && !rights.may(caller, REVOKE_ANY)) {
                    throw new CustodianException(AccessErrorCode.NOT_ALLOWED,
                            "Only the delegator or a holder of " + REVOKE_ANY + " may revoke a delegation");
                }
                DelegationView view = view(delegation, decider.now());
                s.remove(delegation);
                return view;
            });
            audit.success(REVOKED, "delegation:" + id, before.summary(), null);
            return null;
        });
    }

    // Others' delegations answer 404 like unknown ids: their existence is not the caller's business.
    private boolean visibleTo(String caller, DelegationEntity d) {
        return caller.equals(d.getDelegator()) || caller.equals(d.getDelegate()) || rights.may(caller, SEE_ALL);
    }

    /** The delegate's canonical name, as the user directory spells it. */
    private String delegate(String name, String caller, FieldErrors errors) {
        if (Fields.blank(name)) {
            errors.add("delegate", "required");
            return null;
        }
        Optional<String> known = decider.findSubject(name.trim()).map(Subject::user);
        if (known.isEmpty()) {
            errors.add("delegate", "no enabled user of that name");
            return null;
        }
        if (known.get().equals(caller)) {
            errors.add("delegate", "must be another user than yourself");
        }
        return known.get();
    }

    static DelegationView view(DelegationEntity d, Instant now) {
        return new DelegationView(d.getId(), d.getDelegator(), d.getDelegate(),
                PatternText.names(d.getPermissions()).stream().sorted().toList(), d.getValidFrom(), d.getValidUntil(),
                d.getCreatedAt(), new Validity(d.getValidFrom(), d.getValidUntil()).isActiveAt(now));
    }
}
