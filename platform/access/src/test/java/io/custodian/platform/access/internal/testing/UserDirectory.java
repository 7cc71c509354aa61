package io.custodian.platform.access.internal.testing;

import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.SubjectDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Users in memory, as the security bundle would provide them. */
public final class UserDirectory implements SubjectDirectory {

    private final Map<String, Subject> users = new ConcurrentHashMap<>();

    public UserDirectory add(String user, String... groups) {
        users.put(user, new Subject(user, Set.of(groups), Map.of()));
        return this;
    }

    public UserDirectory add(Subject subject) {
        users.put(subject.user(), subject);
        return this;
    }

    @Override
    public Optional<Subject> find(String user) {
        return Optional.ofNullable(users.get(user));
    }
}
