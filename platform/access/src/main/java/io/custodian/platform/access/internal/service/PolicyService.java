package io.custodian.platform.access.internal.service;

import io.custodian.platform.access.internal.AccessErrorCode;
import io.custodian.platform.access.internal.Ids;
import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.entity.PolicyEntity;
import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.access.internal.store.PatternText;
import io.custodian.platform.access.internal.store.StoreSession;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.PrincipalRef;
import io.custodian.platform.authz.api.PrincipalType;
import io.custodian.platform.authz.api.Validity;
import io.custodian.platform.authz.engine.Condition;
import io.custodian.platform.rest.api.CustodianException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Policies: list, read, create, replace and delete. Built-in policies are read-only. */
public final class PolicyService {

    static final String CREATED = "policy.created";
    static final String UPDATED = "policy.updated";
    static final String DELETED = "policy.deleted";

    private final LiveAccessDecider decider;
    private final AccessStore store;
    private final ModelWriter writer;
    private final RightsGuard rights;
    private final AccessAudit audit;

    public PolicyService(LiveAccessDecider decider, AccessStore store, AuditService audit) {
        this.decider = decider;
        this.store = store;
        this.writer = new ModelWriter(decider);
        this.rights = new RightsGuard(decider);
        this.audit = new AccessAudit(audit);
    }

    /** Every policy, or those of one principal ({@code role:Viewer}), sorted by name. */
    public List<PolicyView> list(String principalOrNull) {
        Instant now = decider.now();
        String principal = Fields.principalFilter(principalOrNull);
        return store.read(s -> (principal == null ? s.policies() : s.policiesOf(principal))
                .stream().map(p -> view(p, now)).toList());
    }

    /** @throws CustodianException 404 {@code access.policy_not_found} */
    public PolicyView get(String id) {
        return store.read(s -> view(find(s, id), decider.now()));
    }

    public PolicyView create(PolicyBody body) {
        return audit.attempt(CREATED, "policy:new", () -> {
            Valid valid = validate(body);
            requireWithinRights(valid);
            String id = Ids.next(Ids.POLICY);
            PolicyView created = writer.write(s -> {
                requireFreeName(s, valid.name(), null);
                requireKnownRole(s, valid.principal());
                PolicyEntity policy = new PolicyEntity(id, decider.now());
                apply(policy, valid);
                s.persist(policy);
                return view(policy, decider.now());
            });
            audit.success(CREATED, "policy:" + id, null, created.summary());
            return created;
        });
    }

    /** Replaces every field of a custom policy. */
    public PolicyView update(String id, PolicyBody body) {
        return audit.attempt(UPDATED, "policy:" + id, () -> {
            PolicyView before = get(id);
            if (before.builtIn()) {
                throw builtIn(id);
            }
            Valid valid = validate(body);
            requireWithinRights(valid);
            PolicyView after = writer.write(s -> {
                PolicyEntity policy = find(s, id);
                requireFreeName(s, valid.name(), id);
                requireKnownRole(s, valid.principal());
                apply(policy, valid);
                return view(policy, decider.now());
            });
            audit.success(UPDATED, "policy:" + id, before.summary(), after.summary());
            return after;
        });
    }

    public void delete(String id) {
        audit.attempt(DELETED, "policy:" + id, () -> {
            PolicyView before = writer.write(s -> {
                PolicyEntity policy = find(s, id);
                if (policy.isBuiltIn()) {
                    throw builtIn(id);
                }
                PolicyView view = view(policy, decider.now());
                s.remove(policy);
                return view;
            });
            audit.success(DELETED, "policy:" + id, before.summary(), null);
            return null;
        });
    }

    /** What a valid body says, parsed. */
    private record Valid(String name, Effect effect, PrincipalRef principal, Set<PermissionPattern> permissions,
                         String condition, Instant from, Instant until) {
    }

    private static Valid validate(PolicyBody body) {
        FieldErrors errors = new FieldErrors();
        if (body == null) {
            errors.add("body", "a JSON object is required");
            errors.throwIfAny("The policy");
        }
        String name = body.name() == null ? null : body.name().strip();
        if (Fields.blank(name) || name.length() > 200) {
            errors.add("name", "1 to 200 characters required");
        }
        Effect effect = null;
        try {
            effect = Effect.valueOf(String.valueOf(body.effect()).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("effect", "ALLOW or DENY");
        }
        PrincipalRef principal = null;
        try {
            principal = PrincipalRef.parse(body.principal() == null ? null : body.principal().trim());
            if (principal.name().length() > 200) {
                errors.add("principal", "the name is longer than 200 characters");
            }
        } catch (IllegalArgumentException e) {
            errors.add("principal", "role:<name>, group:<name> or user:<name>");
        }
        Set<PermissionPattern> permissions = Fields.patterns("permissions", body.permissions(), errors);
        String condition = Fields.blank(body.condition()) ? null : body.condition().strip();
        if (condition != null) {
            if (condition.length() > 2000) {
                errors.add("condition", "at most 2000 characters");
            } else {
                try {
                    Condition.parse(condition);
                } catch (IllegalArgumentException e) {
                    errors.add("condition", Texts.clip(e.getMessage(), 300));
                }
            }
        }
        Instant from = Fields.instant("validFrom", body.validFrom(), errors);
        Instant until = Fields.instant("validUntil", body.validUntil(), errors);
        Fields.window(from, until, errors);
        if (PatternText.format(permissions).length() > 4000) {
            errors.add("permissions", "too long in total (4000 characters)");
        }
        errors.throwIfAny("The policy");
        return new Valid(name, effect, principal, permissions, condition, from, until);
    }

    /** Denies only take away, so only an allow must stay within the caller's own rights. */
    private void requireWithinRights(Valid valid) {
        String caller = RightsGuard.callerUser();
        if (valid.effect() == Effect.ALLOW) {
            rights.requireHeld(caller, valid.permissions(), AccessErrorCode.EXCEEDS_RIGHTS, "The policy");
        }
    }

    private static void requireFreeName(StoreSession s, String name, String ownId) {
        s.policyNamed(name).filter(p -> !p.getId().equals(ownId)).ifPresent(p -> {
            throw new CustodianException(AccessErrorCode.DUPLICATE, "A policy named '" + name + "' exists: "
                    + p.getId());
        });
    }

    private static void requireKnownRole(StoreSession s, PrincipalRef principal) {
        if (principal.type() == PrincipalType.ROLE && s.role(principal.name()).isEmpty()) {
            throw FieldErrors.single("principal", "no role named '" + Texts.clip(principal.name(), 100) + "'");
        }
    }

    private void apply(PolicyEntity policy, Valid valid) {
        policy.update(valid.name(), valid.effect().name(), valid.principal().toString(),
                PatternText.format(valid.permissions()), valid.condition(), valid.from(), valid.until(),
                decider.now());
    }

    private static CustodianException builtIn(String id) {
        return new CustodianException(AccessErrorCode.BUILT_IN, "Built-in policy '" + id
                + "' cannot be changed; add a policy of your own to the role instead");
    }

    private static PolicyEntity find(StoreSession s, String id) {
        return s.policy(id).orElseThrow(() -> new CustodianException(AccessErrorCode.POLICY_NOT_FOUND,
                "No policy with id '" + Texts.clip(id, 100) + "'"));
    }

    static PolicyView view(PolicyEntity p, Instant now) {
        Validity validity = new Validity(p.getValidFrom(), p.getValidUntil());
        return new PolicyView(p.getId(), p.getName(), p.getEffect(), p.getPrincipal(),
                PatternText.names(p.getPermissions()).stream().sorted().toList(), p.getCondition(),
                p.getValidFrom(), p.getValidUntil(), p.isBuiltIn(), validity.isActiveAt(now));
    }
}
