package io.custodian.platform.apikeys.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks API keys presented as {@code Authorization: Bearer <key>}. The REST runtime calls it on
 * every request that carries a key, so it answers from memory in the common case (microseconds)
 * and never writes to the database on the request path.
 *
 * <p>A key has the form {@code cust_<keyId>_<secret>}: {@code keyId} is 12 characters from
 * {@code [A-Za-z0-9]}, {@code secret} the unpadded base64url text of 32 random bytes.
 */
@ProviderType
public interface ApiKeyAuthenticator {

    /**
     * The owner and scopes of a valid key. Empty when the key is malformed, unknown, has a wrong
     * secret, is revoked or expired, or when its owner is no longer an enabled user. The caller
     * must still decide every request against the owner's current rights limited to the scopes;
     * this method only establishes who is calling.
     *
     * @param presentedKey the bearer token as sent, may be null
     * @return the principal, or empty; never throws for bad input
     */
    Optional<ApiKeyPrincipal> authenticate(String presentedKey);

    /**
     * Whether a bearer token is meant as an API key (it starts with {@code cust_}) rather than a
     * session token. A token that looks like a key may still be malformed; {@link #authenticate}
     * decides.
     *
     * @param bearerToken the token after {@code Bearer }, may be null
     */
    boolean looksLikeApiKey(String bearerToken);
}
