package io.custodian.platform.plugins.internal.marketplace;

import io.custodian.platform.plugin.packaging.MarketplaceIndex;
import io.custodian.platform.plugin.packaging.MarketplacePlugin;
import io.custodian.platform.plugin.packaging.MarketplaceSearch;
import io.custodian.platform.plugin.packaging.MarketplaceSource;
import io.custodian.platform.plugin.packaging.MarketplaceVersion;
import io.custodian.platform.plugin.packaging.PlatformVersion;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugins.internal.PluginErrorCode;
import io.custodian.platform.plugins.internal.PluginSettings;
import io.custodian.platform.plugins.internal.Rejections;
import io.custodian.platform.plugins.internal.files.TemporaryFolder;
import io.custodian.platform.plugins.internal.lifecycle.PluginLifecycle;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.lifecycle.ScopeGrants;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import io.custodian.platform.plugins.internal.lifecycle.Verification.Candidate;
import io.custodian.platform.plugins.internal.marketplace.MarketplaceListing.SourceStatus;
import io.custodian.platform.plugins.internal.store.StoredPlugin;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The configured marketplaces: browsing and searching them, and installing or upgrading a plugin
 * from them after downloading and verifying its jar (checksum, publisher signature, trusted
 * publisher, jar checks, platform range). Marketplaces are asked in the configured order; the
 * first that offers a plugin id is the one it is installed from.
 */
public final class MarketplaceService {

    private final Supplier<PluginSettings> settings;
    private final Function<String, MarketplaceSource> sources;
    private final PluginLifecycle lifecycle;
    private final Path incoming;

    /**
     * @param sources  the source of a configured location ({@code MarketplaceSources::of})
     * @param incoming where downloads wait for verification, each in a folder of its own
     */
    public MarketplaceService(Supplier<PluginSettings> settings, Function<String, MarketplaceSource> sources,
                              PluginLifecycle lifecycle, Path incoming) {
        this.settings = settings;
        this.sources = sources;
        this.lifecycle = lifecycle;
        this.incoming = incoming;
    }

    /**
     * The plugins of every marketplace whose id, name, description or vendor contains {@code text}
     * and that contribute {@code kind}; a plugin offered by several marketplaces is listed once, from the first.
     *
     * @param text words to look for, null or blank for all
     * @param kind a kind id ({@code classifier}, ...), null or blank for all
     * @throws CustodianException the first marketplace's refusal if none could be read
     */
    public List<MarketplaceEntry> browse(String text, String kind) {
        MarketplaceListing listing = listing(text, kind);
        if (!listing.sources().isEmpty() && listing.sources().stream().noneMatch(SourceStatus::available)) {
            SourceStatus first = listing.sources().get(0);
            throw Rejections.problem(first.code(), first.error());
        }
        return listing.plugins();
    }

    /** How each configured marketplace answers now. */
    public List<SourceStatus> sources() {
        return listing(null, null).sources();
    }

    /** {@link #browse} with the state of every marketplace, for the shell. */
    public MarketplaceListing listing(String text, String kind) {
        PluginKind wanted = kind(kind);
        Map<String, String> installed = installedVersions();
        List<MarketplaceEntry> entries = new ArrayList<>();
        List<SourceStatus> statuses = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String location : settings.get().marketplaces()) {
            MarketplaceIndex index;
            try {
                index = sources.apply(location).index();
            } catch (PluginRejectedException e) {
                statuses.add(new SourceStatus(location, null, false, e.code(), e.getMessage()));
                continue;
            } catch (IllegalArgumentException e) {
                statuses.add(new SourceStatus(location, null, false, PluginErrorCode.INVALID_REQUEST.code(),
                        e.getMessage()));
                continue;
            }
            statuses.add(new SourceStatus(location, index.name(), true, null, null));
            for (MarketplacePlugin plugin : MarketplaceSearch.search(index, text, wanted)) {
                if (seen.add(plugin.id())) {
                    entries.add(MarketplaceEntry.of(plugin, location, installed.get(plugin.id())));
                }
            }
        }
        return new MarketplaceListing(entries, statuses);
    }

    /** The plugin {@code id} as the first marketplace offering it lists it. */
    public MarketplaceEntry plugin(String id) {
        Offer offer = locate(id);
        return MarketplaceEntry.of(offer.plugin(), offer.source().location(),
                lifecycle.find(id).map(StoredPlugin::version).orElse(null));
    }

    /**
     * Installs plugin {@code id}, or upgrades it if another version is installed.
     *
     * @param version     the version to install, or null for the newest this platform supports
     * @param grantScopes  must cover every scope the version requests (for an upgrade, with what is granted already)
     * @param upgradeRight asked if another version is installed
     */
    public PluginView install(String id, String version, Collection<String> grantScopes, UpgradeRight upgradeRight) {
        return install(id, version, grantScopes, upgradeRight, false);
    }

    /** Upgrades (or downgrades) an installed plugin to {@code version}, or to the newest this platform supports. */
    public PluginView upgrade(String id, String version, Collection<String> grantScopes) {
        return install(id, version, grantScopes, UpgradeRight.GRANTED, true);
    }

    private PluginView install(String id, String version, Collection<String> grantScopes, UpgradeRight upgradeRight,
                               boolean upgradeOnly) {
        try (TemporaryFolder work = TemporaryFolder.in(incoming, "marketplace-")) {
            return lifecycle.install(id, grantScopes, upgradeRight, attempt -> {
                if (upgradeOnly && lifecycle.find(id).isEmpty()) {
                    throw new CustodianException(PluginErrorCode.NOT_FOUND, "Plugin '" + clip(id)
                            + "' is not installed, so it cannot be upgraded; install it instead");
                }
                Offer offer = locate(id);
                MarketplaceVersion chosen = choose(offer.plugin(), version);
                StoredPlugin installed = lifecycle.find(id).orElse(null);
                if (installed != null && installed.version().equals(chosen.version())) {
                    throw new CustodianException(PluginErrorCode.ALREADY_INSTALLED,
                            "Plugin " + id + " " + chosen.version() + " is installed already");
                }
                // Before the download: the index lists the scopes, and the jar must request the same ones.
                Set<Scope> already = installed == null ? Set.of() : installed.granted();
                ScopeGrants.covering(id, chosen.scopes(), ScopeGrants.parse(grantScopes), already);
                PluginSettings current = settings.get();
                Path jar = offer.source().download(chosen, work.path(), current.maxJarBytes());
                return new Candidate(current.verifier().verifyFromMarketplace(jar, offer.plugin(), chosen),
                        offer.source().location());
            });
        }
    }

    private record Offer(MarketplaceSource source, MarketplacePlugin plugin) {
    }

    /**
     * The first marketplace offering {@code id}. If none does and one could not be read, that
     * marketplace's failure is the answer: the plugin may well be there.
     */
    private Offer locate(String id) {
        PluginRejectedException unreadable = null;
        for (String location : settings.get().marketplaces()) {
            try {
                MarketplaceSource source = sources.apply(location);
                for (MarketplacePlugin plugin : source.index().plugins()) {
                    if (plugin.id().equals(id)) {
                        return new Offer(source, plugin);
                    }
                }
            } catch (PluginRejectedException e) {
                unreadable = unreadable == null ? e : unreadable;
            } catch (IllegalArgumentException e) {
                throw new CustodianException(PluginErrorCode.INVALID_REQUEST, e.getMessage());
            }
        }
        if (unreadable != null) {
            throw Rejections.problem(unreadable);
        }
        throw new CustodianException(PluginErrorCode.NOT_FOUND, "No configured marketplace offers a plugin with id '"
                + clip(id) + "'");
    }

    private static MarketplaceVersion choose(MarketplacePlugin plugin, String version) {
        if (version == null || version.isBlank()) {
            return plugin.newestSupported(PlatformVersion.CURRENT).orElseThrow(() -> new CustodianException(
                    PluginErrorCode.VERSION_NOT_FOUND, "No version of plugin " + plugin.id()
                    + " supports this platform (version " + PlatformVersion.CURRENT + "); offered: "
                    + plugin.versions().stream().map(v -> v.version() + " for " + v.platformRange())
                    .collect(Collectors.joining(", "))));
        }
        return plugin.version(version.trim()).orElseThrow(() -> new CustodianException(
                PluginErrorCode.VERSION_NOT_FOUND, "The marketplace offers plugin " + plugin.id() + " in versions "
                + plugin.versions().stream().map(MarketplaceVersion::version).collect(Collectors.joining(", "))
                + ", not " + clip(version)));
    }

    private Map<String, String> installedVersions() {
        return lifecycle.list().stream().collect(Collectors.toMap(PluginView::id, PluginView::version));
    }

    private static PluginKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return PluginKind.fromId(kind.trim()).orElseThrow(() -> new CustodianException(PluginErrorCode.INVALID_REQUEST,
                "'" + clip(kind) + "' is not a plugin kind; kinds are " + Arrays.stream(PluginKind.values())
                        .map(PluginKind::id).collect(Collectors.joining(", "))));
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
