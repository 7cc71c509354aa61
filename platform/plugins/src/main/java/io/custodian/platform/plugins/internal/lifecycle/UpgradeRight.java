package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.plugins.internal.PluginErrorCode;
import io.custodian.platform.rest.api.CustodianException;
import java.util.function.BooleanSupplier;

/**
 * Whether the caller may upgrade: an install of a plugin that is installed in another version is
 * an upgrade, and upgrading is a right of its own ({@code plugin.upgrade}).
 */
@FunctionalInterface
public interface UpgradeRight {

    /** Callers that passed a {@code plugin.upgrade} check already, and the shell. */
    UpgradeRight GRANTED = pluginId -> {
    };

    /** @throws CustodianException {@code plugin.upgrade_not_allowed} (403) if not */
    void require(String pluginId);

    /** A right decided by {@code allowed}. */
    static UpgradeRight of(BooleanSupplier allowed) {
        return pluginId -> {
            if (!allowed.getAsBoolean()) {
                throw new CustodianException(PluginErrorCode.UPGRADE_NOT_ALLOWED, "Plugin " + pluginId
                        + " is installed in another version; replacing it is an upgrade, which needs the permission "
                        + "plugin.upgrade");
            }
        };
    }
}
