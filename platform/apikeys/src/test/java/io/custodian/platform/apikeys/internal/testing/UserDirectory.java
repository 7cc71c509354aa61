package io.custodian.platform.apikeys.internal.testing;

import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.SubjectDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Enabled users in memory, as the security bundle would provide them. */
public final class UserDirectory implements SubjectDirectory {

    private final Map<String, Subject> users = new ConcurrentHashMap<>();

    public UserDirectory add(String user) {
        users.put(user, Subject.of(user));
        return this;
    }

    /** The user is disabled or deleted: the directory no longer finds them. */
    public void disable(String user) {
        users.remove(user);
    }

    @Override
    public Optional<Subject> find(String user) {
        return Optional.ofNullable(users.get(user));
    }
}
