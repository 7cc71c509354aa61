package io.custodian.platform.plugins.internal.rest;

import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import io.custodian.platform.rest.api.Caller;

/**
 * The {@code plugin.upgrade} check for an install or upload that turns out to replace another
 * version, asked of the live access decider for the calling user. A caller using an API key is
 * refused here, because the key's scopes are not known at this point: such callers upgrade through
 * the endpoints that require {@code plugin.upgrade} up front.
 */
final class UpgradeRights {

    static final Permission UPGRADE = Permission.parse("plugin.upgrade");

    private UpgradeRights() {
    }

    static UpgradeRight of(AccessDecider decider) {
        return UpgradeRight.of(() -> {
            Caller caller = Caller.current();
            return caller.apiKeyId() == null && caller.user().map(user -> decider.decide(user, UPGRADE,
                    ResourceRef.NONE, caller.origin().clientIp(), null).allowed()).orElse(false);
        });
    }
}
