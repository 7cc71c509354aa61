package io.custodian.platform.plugins.internal.marketplace;

import io.custodian.platform.plugin.packaging.MarketplacePlugin;
import io.custodian.platform.plugin.packaging.MarketplaceVersion;
import io.custodian.platform.plugin.packaging.PlatformVersion;
import io.custodian.platform.plugin.packaging.PluginVersions;
import io.custodian.platform.plugins.internal.store.IdList;
import io.custodian.plugin.api.PluginKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A plugin a marketplace offers, as {@code GET /marketplace/plugins} shows it.
 *
 * @param source             the marketplace it is offered by
 * @param installedVersion   the version installed here, or null
 * @param recommendedVersion the newest version this platform supports (what an install without a version gets), or null
 * @param versions           newest first
 */
public record MarketplaceEntry(String id, String name, String description, String vendor, String publisher,
                               List<String> kinds, String source, String installedVersion, String recommendedVersion,
                               List<Version> versions) {

    /**
     * One released version.
     *
     * @param scopes    what it requests: an install must grant all of them
     * @param platform  the platform versions it supports
     * @param supported whether this platform is among them
     * @param signed    whether the index carries a publisher signature for it
     */
    public record Version(String version, List<String> scopes, String platform, boolean supported, long size,
                          Instant publishedAt, boolean signed) {

        static Version of(MarketplaceVersion v) {
            return new Version(v.version(), IdList.sortedIds(v.scopes()), v.platformRange(),
                    PlatformVersion.supports(v.platformRange(), PlatformVersion.CURRENT), v.size(), v.publishedAt(),
                    v.signature() != null && !v.signature().isBlank());
        }
    }

    static MarketplaceEntry of(MarketplacePlugin plugin, String source, String installedVersion) {
        List<Version> versions = plugin.versions().stream()
                .sorted(Comparator.comparing(MarketplaceVersion::version, MarketplaceEntry::newestFirst))
                .map(Version::of).toList();
        String recommended = plugin.newestSupported(PlatformVersion.CURRENT).map(MarketplaceVersion::version)
                .orElse(null);
        return new MarketplaceEntry(plugin.id(), plugin.name(), plugin.description(), plugin.vendor(),
                plugin.publisher(), plugin.kinds().stream().map(PluginKind::id).sorted().toList(), source,
                installedVersion, recommended, versions);
    }

    private static int newestFirst(String left, String right) {
        boolean leftValid = PluginVersions.isValid(left);
        boolean rightValid = PluginVersions.isValid(right);
        if (leftValid && rightValid) {
            return PluginVersions.compare(right, left);
        }
        return leftValid ? -1 : rightValid ? 1 : left.compareTo(right);
    }
}
