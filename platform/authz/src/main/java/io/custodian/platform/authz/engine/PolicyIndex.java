package io.custodian.platform.authz.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every policy, grouped by the user, group or role it is attached to. */
final class PolicyIndex {

    private final Map<String, PolicyBucket> users;
    private final Map<String, PolicyBucket> groups;
    private final Map<String, PolicyBucket> roles;

    private PolicyIndex(Map<String, PolicyBucket> users, Map<String, PolicyBucket> groups,
                        Map<String, PolicyBucket> roles) {
        this.users = users;
        this.groups = groups;
        this.roles = roles;
    }

    static PolicyIndex of(List<CompiledPolicy> policies) {
        Map<String, PolicyBucket.Builder> users = new HashMap<>();
        Map<String, PolicyBucket.Builder> groups = new HashMap<>();
        Map<String, PolicyBucket.Builder> roles = new HashMap<>();
        for (CompiledPolicy policy : policies) {
            Map<String, PolicyBucket.Builder> target = switch (policy.policy().principal().type()) {
                case USER -> users;
                case GROUP -> groups;
                case ROLE -> roles;
            };
            target.computeIfAbsent(policy.policy().principal().name(), n -> new PolicyBucket.Builder()).add(policy);
        }
        return new PolicyIndex(build(users), build(groups), build(roles));
    }

    private static Map<String, PolicyBucket> build(Map<String, PolicyBucket.Builder> builders) {
        Map<String, PolicyBucket> result = new HashMap<>();
        builders.forEach((name, builder) -> result.put(name, builder.build()));
        return Map.copyOf(result);
    }

    /** The user's own policies, or {@code null}. */
    PolicyBucket user(String name) {
        return users.get(name);
    }

    /** The group's policies, or {@code null}. */
    PolicyBucket group(String name) {
        return groups.get(name);
    }

    /** The role's own policies (not its parents'), or {@code null}. */
    PolicyBucket role(String name) {
        return roles.get(name);
    }
}
