package io.custodian.bench.authz;

import io.custodian.platform.authz.api.AccessModel;
import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.Policy;
import io.custodian.platform.authz.api.PrincipalRef;
import io.custodian.platform.authz.api.Role;
import io.custodian.platform.authz.api.RoleGrant;
import io.custodian.platform.authz.api.Validity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's access model. Four role levels (40 granted roles, each with a parent, grandparent
 * and great-grandparent: 3 levels of inheritance); the user holds 20 of the bottom roles, 8 granted
 * to the user and 6 to each of two groups, which closes to 55 effective roles. 200 policies over 10
 * domains, about a fifth denies and a quarter with conditions, spread over roles, groups and users.
 * The permission {@link #ALLOWED} is allowed only by {@link #DEEP_POLICY}, attached to a
 * great-grandparent role and sorting last by id; {@link #DENIED} matches a busy domain but no action.
 */
final class BenchModel {

    static final String USER = "alice";
    static final String GROUP_A = "analysts";
    static final String GROUP_B = "stewards";
    static final String ALLOWED = "lineage.trace:orders";
    static final String DENIED = "catalog.purge:orders";
    static final String DEEP_POLICY = "z-deep";
    static final int POLICIES = 200;

    private static final String[] DOMAINS = {"catalog", "lineage", "datasource", "glossary", "quality",
        "profile", "report", "policy", "audit", "classification"};
    private static final String[] ACTIONS = {"view", "edit", "delete", "scan", "export"};
    private static final String[] CONDITIONS = {
        "resource.classification in ['public','internal']",
        "user.department == resource.owner_department",
        "between(request.time,'09:00','17:00') and request.day not in ['SAT','SUN']",
        "cidr(request.ip,'192.168.0.0/16')",
        "resource.tags contains 'pii' and not (resource.owner == user.name)",
    };

    private BenchModel() {
    }

    static AccessModel build() {
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            roles.add(role("L3-" + i));
        }
        for (int i = 0; i < 10; i++) {
            roles.add(role("L2-" + i, "L3-" + (i % 5)));
        }
        for (int i = 0; i < 20; i++) {
            roles.add(role("L1-" + i, "L2-" + (i % 10)));
        }
        for (int i = 0; i < 40; i++) {
            roles.add(role("L0-" + i, "L1-" + (i % 20)));
        }

        List<RoleGrant> grants = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            PrincipalRef to = i < 8 ? PrincipalRef.user(USER) : PrincipalRef.group(i < 14 ? GROUP_A : GROUP_B);
            grants.add(new RoleGrant("grant-" + i, to, "L0-" + i, Validity.ALWAYS));
        }
        // Other users' grants, so the index holds more than the benchmark user.
        for (int i = 0; i < 100; i++) {
            grants.add(new RoleGrant("other-" + i, PrincipalRef.user("user" + i), "L0-" + (i % 40), Validity.ALWAYS));
        }

        List<Policy> policies = new ArrayList<>();
        // Conditional policies on the benchmark's own path, all false for its requests, so both
        // decisions evaluate conditions before they conclude.
        policies.add(policy("c-deny-secret", Effect.DENY, PrincipalRef.role("L1-3"), "lineage.*",
                "resource.classification == 'secret' or resource.tags contains 'export-banned'"));
        policies.add(policy("c-allow-lan", Effect.ALLOW, PrincipalRef.group(GROUP_A), "lineage.trace",
                "cidr(request.ip,'192.168.0.0/16')"));
        policies.add(policy("c-allow-owner", Effect.ALLOW, PrincipalRef.role("L2-4"), "lineage.*",
                "resource.owner == user.name"));
        policies.add(policy("c-deny-night", Effect.DENY, PrincipalRef.group(GROUP_B), "catalog.*",
                "not between(request.time,'07:00','20:00')"));
        int special = policies.size() + 1;
        for (int i = 0; i < POLICIES - special; i++) {
            String domain = DOMAINS[i % DOMAINS.length];
            String action = ACTIONS[(i / DOMAINS.length) % ACTIONS.length];
            Effect effect = i % 5 == 0 ? Effect.DENY : Effect.ALLOW;
            String condition = i % 4 == 1 ? CONDITIONS[(i / 4) % CONDITIONS.length] : null;
            policies.add(policy(String.format("p%03d", i), effect, principal(i), domain + "." + action, condition));
        }
        policies.add(new Policy(DEEP_POLICY, "trace lineage", Effect.ALLOW, PrincipalRef.role("L3-2"),
                Set.of(PermissionPattern.parse("lineage.trace")), null,
                new Validity(Instant.parse("2020-01-01T00:00:00Z"), null)));
        return new AccessModel(roles, policies, grants, List.of());
    }

    /** The model with the user's direct grants also given to a group {@code direct}. */
    static AccessModel withDirectGroup(AccessModel model) {
        List<RoleGrant> grants = new ArrayList<>(model.grants());
        for (RoleGrant grant : model.grants()) {
            if (grant.principal().equals(PrincipalRef.user(USER))) {
                grants.add(new RoleGrant(grant.id() + "-direct", PrincipalRef.group("direct"), grant.role(),
                        grant.validity()));
            }
        }
        return new AccessModel(model.roles(), model.policies(), grants, model.delegations());
    }

    private static Policy policy(String id, Effect effect, PrincipalRef principal, String pattern, String condition) {
        return new Policy(id, "policy " + id, effect, principal, Set.of(PermissionPattern.parse(pattern)), condition,
                Validity.ALWAYS);
    }

    /** Mostly roles of every level, some groups (the user's and others), a few users. */
    private static PrincipalRef principal(int i) {
        return switch (i % 10) {
            case 0, 1, 2 -> PrincipalRef.role("L0-" + (i % 40));
            case 3, 4 -> PrincipalRef.role("L1-" + (i % 20));
            case 5 -> PrincipalRef.role("L2-" + (i % 10));
            case 6 -> PrincipalRef.role("L3-" + (i % 5));
            case 7 -> PrincipalRef.group(i % 20 == 7 ? GROUP_A : "group" + i);
            case 8 -> PrincipalRef.group(i % 20 == 8 ? GROUP_B : "group" + i);
            default -> PrincipalRef.user(i % 30 == 9 ? USER : "user" + i);
        };
    }

    private static Role role(String name, String... parents) {
        return new Role(name, null, Set.of(parents), false);
    }
}
