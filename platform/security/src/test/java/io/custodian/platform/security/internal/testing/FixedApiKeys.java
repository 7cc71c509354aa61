package io.custodian.platform.security.internal.testing;

import io.custodian.platform.apikeys.api.ApiKeyAuthenticator;
import io.custodian.platform.apikeys.api.ApiKeyPrincipal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** API keys known by their full text, for tests of how the security service uses them. */
public final class FixedApiKeys implements ApiKeyAuthenticator {

    private final Map<String, ApiKeyPrincipal> keys = new HashMap<>();

    public void add(String key, ApiKeyPrincipal principal) {
        keys.put(key, principal);
    }

    @Override
    public Optional<ApiKeyPrincipal> authenticate(String presentedKey) {
        return Optional.ofNullable(keys.get(presentedKey));
    }

    @Override
    public boolean looksLikeApiKey(String bearerToken) {
        return bearerToken != null && bearerToken.startsWith("cust_");
    }
}
