package io.custodian.platform.security.internal.user;

import java.util.Locale;

/** User names are compared case-insensitively: stored and looked up trimmed and in lower case. */
public final class UserNames {

    /** Longest user name the table holds. */
    public static final int MAX_LENGTH = 100;

    private UserNames() {
    }

    /** The stored form of a user name. */
    public static String normalise(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A user name as typed, made safe to record as an audit actor: control characters replaced
     * and cut to {@link #MAX_LENGTH}, so a hostile login cannot forge or flood audit lines.
     */
    public static String forAudit(String name) {
        if (name == null || name.isBlank()) {
            return "anonymous";
        }
        String cleaned = name.trim().replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }
}
