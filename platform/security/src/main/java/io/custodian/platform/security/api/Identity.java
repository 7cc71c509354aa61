package io.custodian.platform.security.api;

import io.custodian.platform.authz.api.PermissionPattern;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated caller.
 *
 * @param name     the user name; for an API key, the key's owner
 * @param apiKeyId the id of the API key the caller presented, or {@code null} for a password or session
 * @param scopes   the key's scopes, which narrow what the owner may do; {@code null} when not a key
 */
public record Identity(String name, String apiKeyId, Set<PermissionPattern> scopes) {

    public Identity {
        Objects.requireNonNull(name, "name");
        scopes = scopes == null ? null : Set.copyOf(scopes);
    }

    /** A user signed in with a password or a session token. */
    public static Identity user(String name) {
        return new Identity(name, null, null);
    }

    /** Whether the caller presented an API key. */
    public boolean viaApiKey() {
        return apiKeyId != null;
    }

    /** Who to name in the audit trail: the user, or {@code apikey:<id>@<owner>}. */
    public String actor() {
        return apiKeyId == null ? name : "apikey:" + apiKeyId + "@" + name;
    }
}
