package io.custodian.platform.authz.engine;

import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The policies of one principal, split by effect and by the domain of their patterns so a
 * decision only looks at policies that can match. Each array is sorted by policy id.
 */
final class PolicyBucket {

    private static final CompiledPolicy[] NONE = new CompiledPolicy[0];

    private final Map<String, CompiledPolicy[]> denyByDomain;
    private final Map<String, CompiledPolicy[]> allowByDomain;
    private final CompiledPolicy[] denyAnyDomain;
    private final CompiledPolicy[] allowAnyDomain;

    private PolicyBucket(Map<String, CompiledPolicy[]> denyByDomain, Map<String, CompiledPolicy[]> allowByDomain,
                         CompiledPolicy[] denyAnyDomain, CompiledPolicy[] allowAnyDomain) {
        this.denyByDomain = denyByDomain;
        this.allowByDomain = allowByDomain;
        this.denyAnyDomain = denyAnyDomain;
        this.allowAnyDomain = allowAnyDomain;
    }

    /**
     * The applying policy of {@code effect} with the smallest id, or {@code best} if none applies
     * with a smaller id than it.
     */
    CompiledPolicy firstApplying(Effect effect, Subject subject, Permission permission, ResourceRef resource,
                                 RequestContext context, CompiledPolicy best) {
        boolean deny = effect == Effect.DENY;
        CompiledPolicy[] byDomain = (deny ? denyByDomain : allowByDomain).getOrDefault(permission.domain(), NONE);
        best = firstApplying(byDomain, subject, permission, resource, context, best);
        return firstApplying(deny ? denyAnyDomain : allowAnyDomain, subject, permission, resource, context, best);
    }

    /** Whether some allow policy here, in force at {@code at}, implies {@code wanted}. */
    boolean allows(PermissionPattern wanted, Instant at) {
        // A pattern whose domain is '*' is only implied by policies whose domain is '*' too.
        CompiledPolicy[] byDomain = "*".equals(wanted.domain()) ? NONE : allowByDomain.getOrDefault(wanted.domain(), NONE);
        return anyGrants(byDomain, wanted, at) || anyGrants(allowAnyDomain, wanted, at);
    }

    private static CompiledPolicy firstApplying(CompiledPolicy[] sorted, Subject subject, Permission permission,
                                                ResourceRef resource, RequestContext context, CompiledPolicy best) {
        for (CompiledPolicy candidate : sorted) {
            if (best != null && candidate.id().compareTo(best.id()) >= 0) {
                return best;
            }
            if (candidate.appliesTo(subject, permission, resource, context)) {
                return candidate;
            }
        }
        return best;
    }

    private static boolean anyGrants(CompiledPolicy[] policies, PermissionPattern wanted, Instant at) {
        for (CompiledPolicy policy : policies) {
            if (policy.grants(wanted, at)) {
                return true;
            }
        }
        return false;
    }

    /** Collects one principal's policies. */
    static final class Builder {
        private final Map<String, List<CompiledPolicy>> denyByDomain = new HashMap<>();
        private final Map<String, List<CompiledPolicy>> allowByDomain = new HashMap<>();
        private final List<CompiledPolicy> denyAnyDomain = new ArrayList<>();
        private final List<CompiledPolicy> allowAnyDomain = new ArrayList<>();

        void add(CompiledPolicy policy) {
            boolean deny = policy.policy().effect() == Effect.DENY;
            boolean anyDomain = false;
            for (PermissionPattern pattern : policy.patterns()) {
                anyDomain |= "*".equals(pattern.domain());
            }
            if (anyDomain) {
                // Listed once, under "any domain", so a decision never weighs it twice.
                (deny ? denyAnyDomain : allowAnyDomain).add(policy);
                return;
            }
            Map<String, List<CompiledPolicy>> target = deny ? denyByDomain : allowByDomain;
            for (PermissionPattern pattern : policy.patterns()) {
                List<CompiledPolicy> list = target.computeIfAbsent(pattern.domain(), d -> new ArrayList<>());
                if (!list.contains(policy)) {
                    list.add(policy);
                }
            }
        }

        PolicyBucket build() {
            return new PolicyBucket(sorted(denyByDomain), sorted(allowByDomain), sorted(denyAnyDomain),
                    sorted(allowAnyDomain));
        }

        private static Map<String, CompiledPolicy[]> sorted(Map<String, List<CompiledPolicy>> byDomain) {
            Map<String, CompiledPolicy[]> result = new HashMap<>();
            byDomain.forEach((domain, list) -> result.put(domain, sorted(list)));
            return Map.copyOf(result);
        }

        private static CompiledPolicy[] sorted(List<CompiledPolicy> list) {
            return list.stream().sorted(CompiledPolicy.BY_ID).toArray(CompiledPolicy[]::new);
        }
    }
}
