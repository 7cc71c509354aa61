package io.custodian.platform.access.internal.service;

import io.custodian.platform.access.internal.AccessErrorCode;
import io.custodian.platform.access.internal.Ids;
import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.entity.RoleGrantEntity;
import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.access.internal.store.StoreSession;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.authz.api.PrincipalRef;
import io.custodian.platform.authz.api.PrincipalType;
import io.custodian.platform.authz.api.Validity;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Role grants to users and groups, optionally time-bound: list, create, revoke. */
public final class GrantService {

    static final String CREATED = "grant.created";
    static final String REVOKED = "grant.revoked";

    private final LiveAccessDecider decider;
    private final AccessStore store;
    private final ModelWriter writer;
    private final RightsGuard rights;
    private final AccessAudit audit;

    public GrantService(LiveAccessDecider decider, AccessStore store, AuditService audit) {
        this.decider = decider;
        this.store = store;
        this.writer = new ModelWriter(decider);
        this.rights = new RightsGuard(decider);
        this.audit = new AccessAudit(audit);
    }

    /** Grants, optionally only those of one principal ({@code user:alice}) and/or one role. */
    public List<GrantView> list(String principalOrNull, String roleOrNull) {
        Instant now = decider.now();
        String principal = Fields.principalFilter(principalOrNull);
        return store.read(s -> s.grants().stream()
                .filter(g -> principal == null || g.getPrincipal().equals(principal))
                .filter(g -> Fields.blank(roleOrNull) || g.getRole().equals(roleOrNull.trim()))
                .map(g -> view(g, now)).toList());
    }

    public GrantView create(GrantBody body) {
        return audit.attempt(CREATED, "grant:new", () -> {
            FieldErrors errors = new FieldErrors();
            if (body == null) {
                errors.add("body", "a JSON object is required");
                errors.throwIfAny("The grant");
            }
            PrincipalRef principal = principal(body.principal(), errors);
            if (!Fields.validRoleName(body.role())) {
                errors.add("role", "a role name is required");
            }
            Instant from = Fields.instant("validFrom", body.validFrom(), errors);
            Instant until = Fields.instant("validUntil", body.validUntil(), errors);
            Fields.window(from, until, errors);
            errors.throwIfAny("The grant");
            String caller = RightsGuard.callerUser();
            String role = body.role();
            if (decider.model().roles().stream().noneMatch(r -> r.name().equals(role))) {
                throw FieldErrors.single("role", "no role named '" + Texts.clip(role, 100) + "'");
            }
            rights.requireHeld(caller, rights.allowsOf(Set.of(role)), AccessErrorCode.EXCEEDS_RIGHTS,
                    "Role '" + role + "'");
            String id = Ids.next(Ids.GRANT);
            GrantView created = writer.write(s -> {
                if (s.role(role).isEmpty()) {
                    throw FieldErrors.single("role", "no role named '" + Texts.clip(role, 100) + "'");
                }
                requireNotDuplicate(s, principal.toString(), role, from, until);
                RoleGrantEntity grant = new RoleGrantEntity(id, principal.toString(), role, from, until,
                        Caller.current().actor(), decider.now());
                s.persist(grant);
                return view(grant, decider.now());
            });
            audit.success(CREATED, "grant:" + id, null, created.summary());
            return created;
        });
    }

    /** Revokes a grant at once. */
    public void revoke(String id) {
        audit.attempt(REVOKED, "grant:" + id, () -> {
            GrantView before = writer.write(s -> {
                RoleGrantEntity grant = s.grant(id).orElseThrow(() -> new CustodianException(
                        AccessErrorCode.GRANT_NOT_FOUND, "No grant with id '" + Texts.clip(id, 100) + "'"));
                GrantView view = view(grant, decider.now());
                s.remove(grant);
                return view;
            });
            audit.success(REVOKED, "grant:" + id, before.summary(), null);
            return null;
        });
    }

    private static PrincipalRef principal(String text, FieldErrors errors) {
        try {
            PrincipalRef principal = PrincipalRef.parse(text == null ? null : text.trim());
            if (principal.type() == PrincipalType.ROLE) {
                errors.add("principal", "roles are granted to users and groups; use a parent role instead");
            } else if (principal.name().length() > 200) {
                errors.add("principal", "the name is longer than 200 characters");
            }
            return principal;
        } catch (IllegalArgumentException e) {
            errors.add("principal", "user:<name> or group:<name>");
            return null;
        }
    }

    private static void requireNotDuplicate(StoreSession s, String principal, String role, Instant from,
                                            Instant until) {
        s.grantsOfRole(role).stream()
                .filter(g -> g.getPrincipal().equals(principal) && Objects.equals(g.getValidFrom(), from)
                        && Objects.equals(g.getValidUntil(), until))
                .findFirst().ifPresent(g -> {
                    throw new CustodianException(AccessErrorCode.DUPLICATE, "The same grant exists: " + g.getId());
                });
    }

    static GrantView view(RoleGrantEntity g, Instant now) {
        return new GrantView(g.getId(), g.getPrincipal(), g.getRole(), g.getValidFrom(), g.getValidUntil(),
                g.getCreatedBy(), g.getCreatedAt(), new Validity(g.getValidFrom(), g.getValidUntil()).isActiveAt(now));
    }
}
