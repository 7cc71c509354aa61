package io.custodian.platform.plugins.internal.rest;

import java.util.List;

/**
 * The body of {@code POST /plugins/{id}/grant}.
 *
 * @param scopes scope ids to grant, for example {@code samples.read}; must cover every scope the plugin requests
 */
public record GrantBody(List<String> scopes) {
}
