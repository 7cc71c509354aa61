package io.custodian.platform.apikeys.internal.service;

import java.util.List;

/**
 * A new key as sent to {@code POST /security/apikeys}. The owner is always the caller.
 *
 * @param name      1 to 100 characters, unique among the caller's keys that are not revoked
 * @param scopes    permission patterns the caller holds, for example {@code catalog.view}; at least one
 * @param expiresAt optional ISO-8601 end, in the future and within {@code max.lifetime.days}
 */
public record ApiKeyBody(String name, List<String> scopes, String expiresAt) {
}
