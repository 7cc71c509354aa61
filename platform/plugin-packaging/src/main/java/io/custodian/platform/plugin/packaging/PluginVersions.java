package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.internal.SemanticVersions;
import java.util.Comparator;

/**
 * Semantic-version checks and ordering for plugin versions, for code that must not depend on the semver
 * library this bundle embeds (for example to find the newest version of a plugin).
 */
public final class PluginVersions {

    /** Orders versions by semantic-version precedence, oldest first; build metadata is ignored. */
    public static final Comparator<String> ORDER = PluginVersions::compare;

    private PluginVersions() {
    }

    /** True if {@code version} is a semantic version such as {@code 1.2.0} or {@code 1.2.0-rc.1}. */
    public static boolean isValid(String version) {
        return SemanticVersions.isVersion(version);
    }

    /**
     * Compares two versions by semantic-version precedence: {@code 1.10.0} is newer than {@code 1.9.0}, and
     * {@code 1.0.0-rc.1} older than {@code 1.0.0}.
     *
     * @throws IllegalArgumentException if either is not a semantic version
     */
    public static int compare(String left, String right) {
        return SemanticVersions.compare(left, right);
    }
}
