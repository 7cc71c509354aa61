package io.custodian.platform.authz.api;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's live access decision, over the stored model as it is now. The access bundle
 * provides it; the security bundle calls it for every request; resources with attribute-based
 * rules call it with a {@link ResourceRef}.
 */
@ProviderType
public interface AccessDecider {

    /**
     * Decides for a user; unknown or disabled users are denied.
     *
     * @param user       the user name
     * @param permission what they want to do
     * @param resource   what they act on, or {@link ResourceRef#NONE}
     * @param clientIp   client address, may be empty
     * @param scopes     API key scopes, or {@code null} when not authenticated by a key
     */
    Decision decide(String user, Permission permission, ResourceRef resource, String clientIp,
                    Set<PermissionPattern> scopes);

    /**
     * Whether {@code user} may hand {@code pattern} on as an API key scope or a delegation: some
     * allow policy in force now, reaching the user directly, through a group or a role, implies
     * it. Conditions and denies are not weighed here because every later use of the key or the
     * delegation is decided again against the owner's rights at that moment.
     */
    boolean holds(String user, PermissionPattern pattern);

    /**
     * The roles {@code user} holds now, through grants to the user and to its groups, with
     * inherited roles; empty for unknown or disabled users. For display ("who am I"), never for
     * decisions: those go through {@link #decide}.
     */
    Set<String> effectiveRoles(String user);
}
