package io.custodian.platform.apikeys.api;

import io.custodian.platform.authz.api.PermissionPattern;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling with a valid API key. A request made with it is allowed only what the scopes
 * allow <em>and</em> what the owner holds at that moment: pass {@code scopes} to
 * {@code AccessDecider.decide(owner, ..., scopes)}.
 *
 * @param keyId  the key's public id (the part after {@code cust_}); audit actors are {@code apikey:<keyId>}
 * @param owner  the user the key acts for
 * @param scopes the permission patterns the key is limited to, never empty
 */
public record ApiKeyPrincipal(String keyId, String owner, Set<PermissionPattern> scopes) {

    /** Copies {@code scopes}; no component may be null. */
    public ApiKeyPrincipal {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(owner, "owner");
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
    }
}
