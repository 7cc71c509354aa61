package io.custodian.scanning.internal.testing;

import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.ResourceRef;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link AccessDecider} that allows exactly the listed "user permission" pairs and remembers each question. */
public final class PermissionList implements AccessDecider {

    /** One question asked. */
    public record Question(String user, String permission, ResourceRef resource) {
    }

    private final Set<String> allowed;
    private final List<Question> questions = new CopyOnWriteArrayList<>();

    /** @param allowed entries like {@code "ada datasource.scan:1"} */
    public PermissionList(String... allowed) {
        this.allowed = Set.of(allowed);
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    @Override
    public Decision decide(String user, Permission permission, ResourceRef resource, String clientIp, Set<PermissionPattern> scopes) {
        questions.add(new Question(user, permission.toString(), resource));
        if (scopes != null && scopes.stream().noneMatch(scope -> scope.matches(permission))) {
            return Decision.deny("scope", "outside the API key's scopes"); // as the real decider narrows a key
        }
        return allowed.contains(user + " " + permission) ? Decision.allow("test", "listed") : Decision.deny("default", "not listed");
    }

    @Override
    public boolean holds(String user, PermissionPattern pattern) {
        return false;
    }

    @Override
    public Set<String> effectiveRoles(String user) {
        return Set.of();
    }
}
