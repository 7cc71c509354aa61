package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugin.packaging.VerifiedPlugin;

/**
 * Obtains and verifies a plugin jar (download and check, or check an upload). It runs inside the
 * audited attempt, so its refusals are recorded like any other.
 */
@FunctionalInterface
public interface Verification {

    /**
     * @param attempt the audited attempt; name the plugin in it as soon as it is known, so a refusal names it too
     */
    Candidate verify(PluginAudit.Attempt attempt) throws PluginRejectedException;

    /**
     * A verified jar ready to install.
     *
     * @param plugin the verified jar (in a temporary folder the caller deletes afterwards)
     * @param source where it came from: the marketplace location or {@code upload}
     */
    record Candidate(VerifiedPlugin plugin, String source) {
    }
}
