package io.custodian.platform.security.internal.authz;

import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.security.api.AccessDecision;
import io.custodian.platform.security.api.Identity;
import java.util.Set;

/**
 * The one authorisation decision of the platform: may an identity perform a permission? Every
 * REST call comes here. Two rules of authentication come first (a user holding a one-time
 * password may only replace it; everyone may manage their own session), then the access
 * bundle's policies decide, narrowed by the API key's scopes when the caller used a key.
 */
public final class AccessPolicy {

    /** Granted to every authenticated identity, whatever its roles: log out, see and change itself. */
    public static final String SESSION_SELF = "session.self";

    /**
     * What an API key may never do, whatever its scopes: these operations hand rights on (new
     * keys, delegations, grants, policies) and check that the caller holds them against the
     * owner's full rights, so a narrow key could otherwise mint a wide one.
     */
    static final Set<String> NOT_WITH_API_KEYS = Set.of("apikey.create", "apikey.edit", "delegation.create",
            "role.create", "role.edit", "role.grant");

    private final AccessDecider decider;
    private final PasswordChangeGate passwordChangeGate;

    public AccessPolicy(AccessDecider decider, PasswordChangeGate passwordChangeGate) {
        this.decider = decider;
        this.passwordChangeGate = passwordChangeGate;
    }

    /** Decides; never throws for a malformed permission (it is denied). */
    public AccessDecision decide(Identity identity, String permission, String clientIp) {
        Permission requested;
        try {
            requested = Permission.parse(permission);
        } catch (IllegalArgumentException e) {
            return AccessDecision.deny("malformed permission name");
        }
        if (passwordChangeGate.mustChange(identity.name()) && !SESSION_SELF.equals(permission)) {
            return AccessDecision.deny("the one-time password must be changed first");
        }
        if (identity.viaApiKey() && NOT_WITH_API_KEYS.contains(requested.name())) {
            return AccessDecision.deny("API keys cannot hand out rights (" + requested.name()
                    + "); sign in as the user to do this");
        }
        if (SESSION_SELF.equals(permission)) {
            return AccessDecision.allow("every authenticated identity manages its own session");
        }
        Decision decision = decider.decide(identity.name(), requested, ResourceRef.NONE, clientIp, identity.scopes());
        String reason = decision.reason() + " (decided by " + decision.decidedBy() + ")";
        return decision.allowed() ? AccessDecision.allow(reason) : AccessDecision.deny(reason);
    }
}
