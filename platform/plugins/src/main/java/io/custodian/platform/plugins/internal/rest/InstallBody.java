package io.custodian.platform.plugins.internal.rest;

import java.util.List;

/**
 * The body of {@code POST /marketplace/plugins/{id}/install} and {@code .../upgrade}; may be omitted
 * for a plugin that requests no scopes.
 *
 * @param version     the version to install; absent for the newest one this platform supports
 * @param grantScopes scope ids to grant; must cover every scope that version requests (GET the
 *                    marketplace plugin to see them)
 */
public record InstallBody(String version, List<String> grantScopes) {
}
