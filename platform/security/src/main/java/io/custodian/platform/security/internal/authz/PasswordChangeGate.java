package io.custodian.platform.security.internal.authz;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users who logged in with a one-time password and have not replaced it yet. Until they do, they
 * may only manage their own session (which includes changing the password).
 */
public final class PasswordChangeGate {

    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    /** Records whether {@code user} must change the password, as read at authentication. */
    public void set(String user, boolean mustChange) {
        if (mustChange) {
            pending.add(user);
        } else {
            pending.remove(user);
        }
    }

    /** Whether {@code user} is held back until the password is changed. */
    public boolean mustChange(String user) {
        return pending.contains(user);
    }
}
