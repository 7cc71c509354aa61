package io.custodian.platform.apikeys.internal.service;

import io.custodian.platform.apikeys.internal.ApiKeyErrorCode;
import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the caller may do with keys, asked of the live access decider. */
final class Rights {

    /** Lets a user see, rename and revoke every user's keys. */
    static final String ADMIN = "apikey.admin";
    private static final Permission ADMIN_PERMISSION = Permission.parse(ADMIN);

    private final AccessDecider decider;

    Rights(AccessDecider decider) {
        this.decider = decider;
    }

    /** The calling user. @throws CustodianException 401 outside an authenticated request */
    static String callerUser() {
        return Caller.current().user().orElseThrow(() -> new CustodianException(ApiKeyErrorCode.CALLER_REQUIRED,
                "This operation needs an authenticated user"));
    }

    /** Whether {@code user} holds {@code apikey.admin} right now, conditions and denies included. */
    boolean isAdmin(String user) {
        return decider.decide(user, ADMIN_PERMISSION, ResourceRef.NONE, Caller.current().origin().clientIp(), null)
                .allowed();
    }

    /**
     * @throws CustodianException {@code apikey.scope_exceeds_rights} (403) naming, in {@code notHeld},
     *                            the scopes {@code owner} does not hold
     */
    void requireHeld(String owner, Collection<PermissionPattern> scopes) {
        List<String> missing = scopes.stream().filter(p -> !decider.holds(owner, p)).map(PermissionPattern::toString)
                .sorted().toList();
        if (!missing.isEmpty()) {
            throw new CustodianException(ApiKeyErrorCode.SCOPE_EXCEEDS_RIGHTS,
                    "An API key can only be given permissions you hold; you do not hold: "
                            + String.join(", ", missing), Map.of("notHeld", missing));
        }
    }
}
