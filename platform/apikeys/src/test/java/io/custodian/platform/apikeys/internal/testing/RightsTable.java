package io.custodian.platform.apikeys.internal.testing;

import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.SubjectDirectory;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An {@link AccessDecider} over a table of what each user holds: allowed is what some held
 * pattern matches, within the key's scopes when there are any. Users the directory does not find
 * hold nothing, as with the real decider.
 */
public final class RightsTable implements AccessDecider {

    private final Map<String, Set<PermissionPattern>> held = new ConcurrentHashMap<>();
    private final SubjectDirectory directory;

    public RightsTable(SubjectDirectory directory) {
        this.directory = directory;
    }

    public RightsTable allow(String user, String... patterns) {
        held.put(user, Arrays.stream(patterns).map(PermissionPattern::parse).collect(Collectors.toUnmodifiableSet()));
        return this;
    }

    @Override
    public Decision decide(String user, Permission permission, ResourceRef resource, String clientIp,
                           Set<PermissionPattern> scopes) {
        if (scopes != null && scopes.stream().noneMatch(s -> s.matches(permission))) {
            return Decision.deny("scope", "outside the key's scopes");
        }
        return patterns(user).stream().anyMatch(p -> p.matches(permission))
                ? Decision.allow("table", "held") : Decision.deny("default", "not held");
    }

    @Override
    public boolean holds(String user, PermissionPattern pattern) {
        return patterns(user).stream().anyMatch(p -> p.implies(pattern));
    }

    @Override
    public Set<String> effectiveRoles(String user) {
        return Set.of();
    }

    private Set<PermissionPattern> patterns(String user) {
        return directory.find(user).isPresent() ? held.getOrDefault(user, Set.of()) : Set.of();
    }
}
