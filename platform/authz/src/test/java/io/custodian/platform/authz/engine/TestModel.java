package io.custodian.platform.authz.engine;

import io.custodian.platform.authz.api.AccessModel;
import io.custodian.platform.authz.api.AccessRequest;
import io.custodian.platform.authz.api.Delegation;
import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.Policy;
import io.custodian.platform.authz.api.PrincipalRef;
import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Role;
import io.custodian.platform.authz.api.RoleGrant;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.SubjectDirectory;
import io.custodian.platform.authz.api.Validity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds access models for tests in a few readable lines. */
final class TestModel {

    /** A Monday, 10:00 UTC. */
    static final Instant NOW = Instant.parse("2025-03-10T10:00:00Z");

    private final List<Role> roles = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();
    private final List<RoleGrant> grants = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();

    TestModel role(String name, String... parents) {
        roles.add(new Role(name, null, Set.of(parents), false));
        return this;
    }

    TestModel allow(String id, String principal, String... patterns) {
        return policy(id, Effect.ALLOW, principal, null, Validity.ALWAYS, patterns);
    }

    TestModel deny(String id, String principal, String... patterns) {
        return policy(id, Effect.DENY, principal, null, Validity.ALWAYS, patterns);
    }

    TestModel allowIf(String id, String principal, String condition, String... patterns) {
        return policy(id, Effect.ALLOW, principal, condition, Validity.ALWAYS, patterns);
    }

    TestModel denyIf(String id, String principal, String condition, String... patterns) {
        return policy(id, Effect.DENY, principal, condition, Validity.ALWAYS, patterns);
    }

    TestModel policy(String id, Effect effect, String principal, String condition, Validity validity,
                     String... patterns) {
        policies.add(new Policy(id, "name of " + id, effect, PrincipalRef.parse(principal), patterns(patterns),
                condition, validity));
        return this;
    }

    TestModel grant(String principal, String role) {
        return grant(principal, role, Validity.ALWAYS);
    }

    TestModel grant(String principal, String role, Validity validity) {
        grants.add(new RoleGrant("g" + grants.size(), PrincipalRef.parse(principal), role, validity));
        return this;
    }

    TestModel delegation(String id, String delegator, String delegate, Validity validity, String... patterns) {
        delegations.add(new Delegation(id, delegator, delegate, patterns(patterns), validity));
        return this;
    }

    AccessModel model() {
        return new AccessModel(roles, policies, grants, delegations);
    }

    PolicyEngine engine() {
        return PolicyEngine.compile(model(), user -> Optional.empty());
    }

    PolicyEngine engine(SubjectDirectory directory) {
        return PolicyEngine.compile(model(), directory);
    }

    static Set<PermissionPattern> patterns(String... patterns) {
        return Arrays.stream(patterns).map(PermissionPattern::parse).collect(Collectors.toSet());
    }

    static Subject user(String name, String... groups) {
        return new Subject(name, Set.of(groups), Map.of());
    }

    static RequestContext at(Instant time) {
        return new RequestContext(time, "10.1.2.3", ZoneOffset.UTC);
    }

    static AccessRequest request(Subject subject, String permission) {
        return request(subject, permission, NOW);
    }

    static AccessRequest request(Subject subject, String permission, Instant time) {
        return new AccessRequest(subject, Permission.parse(permission), ResourceRef.NONE, at(time), null);
    }

    static AccessRequest request(Subject subject, String permission, ResourceRef resource) {
        return new AccessRequest(subject, Permission.parse(permission), resource, at(NOW), null);
    }

    static AccessRequest keyRequest(Subject subject, String permission, String... scopes) {
        return new AccessRequest(subject, Permission.parse(permission), ResourceRef.NONE, at(NOW), patterns(scopes));
    }

    /** A directory over a fixed set of users that counts its look-ups. */
    static final class Directory implements SubjectDirectory {
        private final Map<String, Subject> users;
        int lookups;

        Directory(Subject... users) {
            this.users = Arrays.stream(users).collect(Collectors.toMap(Subject::user, s -> s));
        }

        @Override
        public Optional<Subject> find(String user) {
            lookups++;
            return Optional.ofNullable(users.get(user));
        }
    }
}
