package io.custodian.platform.authz.engine;

import io.custodian.platform.authz.api.AccessModel;
import io.custodian.platform.authz.api.AccessRequest;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.Delegation;
import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.InvalidModelException;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.Policy;
import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.SubjectDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides access requests over one compiled {@link AccessModel}. Compiling checks the model and
 * does all the work that does not depend on the request; deciding does no I/O, except that the
 * {@link SubjectDirectory} is asked for a delegator when a delegation is weighed.
 *
 * <p>How a request is decided:
 * <ol>
 *   <li><b>Applying policies.</b> A policy applies when it is in force at the request time (its
 *       {@link io.custodian.platform.authz.api.Validity}), its principal is the user, one of the
 *       user's groups or one of the user's {@linkplain #effectiveRoles effective roles} at that
 *       time, one of its permission patterns matches the permission, and its condition, if any,
 *       holds.</li>
 *   <li><b>Deny beats allow.</b> If any applying policy denies, the request is denied;
 *       {@code decidedBy} is the id of the applying deny policy that sorts first.</li>
 *   <li><b>Allow.</b> Otherwise, if any applying policy allows, the request is allowed;
 *       {@code decidedBy} is the id of the applying allow policy that sorts first.</li>
 *   <li><b>Delegation.</b> Otherwise each delegation in force whose delegate is the user and one
 *       of whose patterns matches the permission is tried in id order: it allows if its delegator,
 *       looked up in the directory (a missing user allows nothing), would be allowed the same
 *       permission on the same resource in the same context by rules 1 to 3 alone, so delegations
 *       never chain and never outlive the delegator's own right. {@code decidedBy} is
 *       {@code delegation:<id>}. A deny applying to the delegate has already won at rule 2.</li>
 *   <li><b>Default.</b> Otherwise the request is denied; {@code decidedBy} is {@code default}.</li>
 *   <li><b>API keys.</b> When the request carries scopes and none matches the permission, it is
 *       denied before anything else with {@code decidedBy} {@code scope}; otherwise rules 1 to 5
 *       decide, so a key never gives more than its owner holds.</li>
 * </ol>
 * Reasons name the policy, its principal, the delegation and the users involved; never secrets
 * or attribute values.
 *
 * <p>Effective roles are cached per user name and group set, each entry only for the stretch of
 * time in which none of the subject's role grants starts or ends. Instances are immutable apart
 * from that cache and are thread-safe; build a new engine when the model changes.
 */
public final class PolicyEngine {

    private final ReachResolver reach;
    private final DelegationIndex delegations;
    private final SubjectDirectory directory;

    private PolicyEngine(ReachResolver reach, DelegationIndex delegations, SubjectDirectory directory) {
        this.reach = reach;
        this.delegations = delegations;
        this.directory = directory;
    }

    /**
     * Compiles the model: resolves the role hierarchy, parses every condition and indexes the
     * policies by principal and by permission domain. Grants of roles the model does not define
     * grant nothing.
     *
     * @param model     the snapshot to decide over
     * @param directory looks up delegators when a delegation is weighed; {@code null} means no
     *                  user can be found, so delegations never allow
     * @return the engine
     * @throws InvalidModelException on a role cycle or an unknown parent role (naming them), a
     *                               duplicate role or policy id, or a condition that does not
     *                               parse (naming the policy and the error position)
     */
    public static PolicyEngine compile(AccessModel model, SubjectDirectory directory) {
        Objects.requireNonNull(model, "model");
        RoleHierarchy hierarchy = RoleHierarchy.of(model.roles());
        Set<String> ids = new HashSet<>();
        List<CompiledPolicy> policies = new ArrayList<>(model.policies().size());
        for (Policy policy : model.policies()) {
            if (!ids.add(policy.id())) {
                throw new InvalidModelException("policy id '" + policy.id() + "' is used twice");
            }
            policies.add(CompiledPolicy.of(policy));
        }
        ReachResolver resolver = new ReachResolver(hierarchy, PolicyIndex.of(policies), model.grants());
        SubjectDirectory users = directory == null ? user -> Optional.empty() : directory;
        return new PolicyEngine(resolver, DelegationIndex.of(model.delegations()), users);
    }

    /**
     * Decides a request by the rules in the class description.
     *
     * @param request who wants what, on what, when and from where
     * @return the decision, naming what decided it
     */
    public Decision decide(AccessRequest request) {
        Permission permission = request.permission();
        if (request.scopes() != null && !anyMatches(request.scopes(), permission)) {
            return Decision.deny("scope", "the API key's scopes do not include " + permission);
        }
        Subject subject = request.subject();
        PolicyBucket[] buckets = reach.reach(subject, request.context().time()).buckets();
        CompiledPolicy deny = first(Effect.DENY, buckets, subject, permission, request.resource(), request.context());
        if (deny != null) {
            return Decision.deny(deny.id(), deny.describe() + " denies " + permission);
        }
        CompiledPolicy allow = first(Effect.ALLOW, buckets, subject, permission, request.resource(), request.context());
        if (allow != null) {
            return Decision.allow(allow.id(), allow.describe() + " allows " + permission);
        }
        return delegated(request);
    }

    /**
     * The roles {@code subject} holds at {@code at}: the roles granted to the user and to its
     * groups by grants in force then, closed over role parents.
     *
     * @param subject the user with its groups
     * @param at      the instant
     * @return the role names, unmodifiable
     */
    public Set<String> effectiveRoles(Subject subject, Instant at) {
        return reach.reach(subject, at).roles();
    }

    /**
     * Whether some allow policy in force at {@code at}, reaching the subject directly, through a
     * group or through an effective role, has a pattern that implies {@code pattern}. Conditions
     * and denies are not weighed; see
     * {@link io.custodian.platform.authz.api.AccessDecider#holds(String, PermissionPattern)}.
     *
     * @param subject the user with its groups
     * @param pattern what they would hand on
     * @param at      the instant
     * @return whether they hold it
     */
    public boolean holds(Subject subject, PermissionPattern pattern, Instant at) {
        for (PolicyBucket bucket : reach.reach(subject, at).buckets()) {
            if (bucket.allows(pattern, at)) {
                return true;
            }
        }
        return false;
    }

    /** Rules 2 and 3 for one effect: the applying policy with the smallest id, or null. */
    private static CompiledPolicy first(Effect effect, PolicyBucket[] buckets, Subject subject, Permission permission,
                                        ResourceRef resource, RequestContext context) {
        CompiledPolicy best = null;
        for (PolicyBucket bucket : buckets) {
            best = bucket.firstApplying(effect, subject, permission, resource, context, best);
        }
        return best;
    }

    /** Rules 4 and 5. */
    private Decision delegated(AccessRequest request) {
        Permission permission = request.permission();
        RequestContext context = request.context();
        List<String> unsupported = new ArrayList<>();
        for (Delegation delegation : delegations.to(request.subject().user())) {
            if (!delegation.validity().isActiveAt(context.time()) || !anyMatches(delegation.permissions(), permission)) {
                continue;
            }
            Optional<Subject> delegator = directory.find(delegation.delegator());
            if (delegator.isPresent()) {
                Subject owner = delegator.get();
                // Rules 1 to 3 only, for the delegator: the delegator's own delegations do not count.
                PolicyBucket[] buckets = reach.reach(owner, context.time()).buckets();
                if (first(Effect.DENY, buckets, owner, permission, request.resource(), context) == null) {
                    CompiledPolicy allow = first(Effect.ALLOW, buckets, owner, permission, request.resource(), context);
                    if (allow != null) {
                        return Decision.allow("delegation:" + delegation.id(), "delegation " + delegation.id()
                                + " from user '" + delegation.delegator() + "' allows " + permission
                                + ", which " + allow.describe() + " allows the delegator");
                    }
                }
            }
            unsupported.add(delegation.id());
        }
        String reason = "no policy allows " + permission + " for user '" + request.subject().user() + "'";
        if (!unsupported.isEmpty()) {
            reason += "; delegation " + String.join(", ", unsupported)
                    + " does not apply because the delegator is not allowed it";
        }
        return Decision.deny("default", reason);
    }

    private static boolean anyMatches(Set<PermissionPattern> patterns, Permission permission) {
        for (PermissionPattern pattern : patterns) {
            if (pattern.matches(permission)) {
                return true;
            }
        }
        return false;
    }
}
