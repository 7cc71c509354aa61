package io.custodian.platform.security.internal.authz;

import io.custodian.platform.security.api.AccessDecision;
import io.custodian.platform.security.api.Identity;
import java.util.Optional;
import org.apache.shiro.authz.Authorizer;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.apache.shiro.subject.SimplePrincipalCollection;

/**
 * The one authorisation decision of the platform: may an identity perform a permission? Every
 * REST call and every service that checks access comes here, so role management, attribute rules
 * and API-key scopes replace the internals of this class without touching its callers. Today:
 * Shiro's realms map roles to wildcard permissions (see {@link RolePermissions}).
 */
public final class AccessPolicy {

    private final Authorizer authorizer;
    private final String realmName;
    private final PasswordChangeGate passwordChangeGate;

    /**
     * @param authorizer         Shiro's security manager (it asks every realm)
     * @param realmName          realm whose principal the identity stands for
     * @param passwordChangeGate users held back until they change a one-time password
     */
    public AccessPolicy(Authorizer authorizer, String realmName, PasswordChangeGate passwordChangeGate) {
        this.authorizer = authorizer;
        this.realmName = realmName;
        this.passwordChangeGate = passwordChangeGate;
    }

    /** Decides; never throws for a malformed permission (it is denied). */
    public AccessDecision decide(Identity identity, String permission) {
        Optional<WildcardPermission> requested = PermissionNames.requested(permission);
        if (requested.isEmpty()) {
            return AccessDecision.deny("malformed permission name");
        }
        if (passwordChangeGate.mustChange(identity.name()) && !RolePermissions.SESSION_SELF.equals(permission)) {
            return AccessDecision.deny("the one-time password must be changed first");
        }
        boolean permitted = authorizer.isPermitted(new SimplePrincipalCollection(identity, realmName), requested.get());
        return permitted
                ? AccessDecision.allow("granted to roles " + identity.roles())
                : AccessDecision.deny("no role of " + identity.roles() + " grants " + permission);
    }
}
