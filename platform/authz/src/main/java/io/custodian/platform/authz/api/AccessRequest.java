package io.custodian.platform.authz.api;

import java.util.Objects;
import java.util.Set;

/**
 * One question for the engine: may {@code subject} perform {@code permission} on {@code resource}?
 *
 * @param subject    who asks
 * @param permission what they want to do
 * @param resource   what they act on, {@link ResourceRef#NONE} if nothing in particular
 * @param context    time and client address
 * @param scopes     when the caller authenticated with an API key: the key's scopes, which
 *                   narrow (never widen) what the owner holds; {@code null} for no narrowing
 */
public record AccessRequest(Subject subject, Permission permission, ResourceRef resource,
                            RequestContext context, Set<PermissionPattern> scopes) {

    public AccessRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(context, "context");
        resource = resource == null ? ResourceRef.NONE : resource;
        scopes = scopes == null ? null : Set.copyOf(scopes);
    }
}
