package io.custodian.platform.security.internal.admin;

import java.util.Map;

/** Request bodies of user administration. */
public final class UserRequests {

    private UserRequests() {
    }

    /**
     * Creates a user with a temporary password they must replace at first login.
     *
     * @param attributes may be null
     */
    public record Create(String username, char[] password, String displayName, String email,
                         Map<String, String> attributes) {
    }

    /** Replaces the profile; a null field keeps its value. */
    public record Update(String displayName, String email, Map<String, String> attributes, Boolean enabled) {
    }

    /** An administrator's reset: a temporary password the user must replace. */
    public record ResetPassword(char[] password) {
    }
}
