package io.custodian.plugin.tools;

import com.github.zafarkhaja.semver.Version;
import io.custodian.platform.plugin.packaging.MarketplaceIndex;
import io.custodian.platform.plugin.packaging.MarketplacePlugin;
import io.custodian.platform.plugin.packaging.MarketplaceVersion;
import io.custodian.platform.plugin.packaging.PluginManifest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds signed versions to a marketplace index. A published version is treated as immutable: re-adding the
 * same bytes only refreshes the signature, different bytes under the same version need {@code --replace},
 * because hosts that installed the old bytes would otherwise fail the checksum on their next rollback.
 */
final class IndexEditor {

    /** What adding one version did. */
    enum Outcome { ADDED, REPLACED, RESIGNED }

    private String name;
    private final Map<String, MarketplacePlugin> plugins = new LinkedHashMap<>();

    IndexEditor(MarketplaceIndex existing) {
        this.name = existing.name();
        existing.plugins().forEach(p -> plugins.put(p.id(), p));
    }

    void rename(String newName) {
        this.name = newName;
    }

    /**
     * Adds (or replaces) one version of the plugin described by {@code manifest}.
     *
     * @param publisher the publisher whose key signed {@code version}
     * @param version   the new entry
     * @param replace   whether different bytes may take the place of an already listed version
     */
    Outcome add(String publisher, PluginManifest manifest, MarketplaceVersion version, boolean replace) throws ToolException {
        refuseFileClash(manifest.id(), version);
        MarketplacePlugin current = plugins.get(manifest.id());
        if (current == null) {
            plugins.put(manifest.id(), plugin(manifest, publisher, List.of(version)));
            return Outcome.ADDED;
        }
        if (!current.publisher().equals(publisher)) {
            throw ToolException.input("plugin " + manifest.id() + " is published by '" + current.publisher() + "' in this index; "
                    + "versions of one plugin must all be signed by the same publisher");
        }
        Optional<MarketplaceVersion> listed = current.versions().stream().filter(v -> v.version().equals(version.version())).findFirst();
        Outcome outcome = Outcome.ADDED;
        MarketplaceVersion entry = version;
        if (listed.isPresent()) {
            if (listed.get().sha256().equals(version.sha256())) {
                outcome = Outcome.RESIGNED;
                entry = withPublishedAt(version, listed.get());
            } else if (replace) {
                outcome = Outcome.REPLACED;
            } else {
                throw ToolException.input(manifest.id() + " " + version.version() + " is already in the index with other content "
                        + "(sha256 " + listed.get().sha256() + "); raise the plugin's version, or pass --replace if no one has installed it yet");
            }
        }
        List<MarketplaceVersion> versions = new ArrayList<>(current.versions());
        versions.removeIf(v -> v.version().equals(version.version()));
        versions.add(entry);
        boolean newest = current.versions().stream().allMatch(v -> compare(version.version(), v.version()) >= 0);
        MarketplacePlugin updated = newest
                ? plugin(manifest, publisher, versions)
                : new MarketplacePlugin(current.id(), current.name(), current.description(), current.vendor(), current.publisher(),
                        current.kinds(), sorted(versions));
        plugins.put(manifest.id(), updated);
        return outcome;
    }

    MarketplaceIndex build() {
        return new MarketplaceIndex(name, List.copyOf(plugins.values()));
    }

    /** The plugin-level fields follow the newest version's manifest. */
    private static MarketplacePlugin plugin(PluginManifest manifest, String publisher, List<MarketplaceVersion> versions) {
        return new MarketplacePlugin(manifest.id(), manifest.name(), manifest.description(), manifest.vendor(), publisher,
                manifest.kinds(), sorted(versions));
    }

    /** Newest first, as a browsing administrator expects. */
    private static List<MarketplaceVersion> sorted(List<MarketplaceVersion> versions) {
        List<MarketplaceVersion> copy = new ArrayList<>(versions);
        copy.sort(Comparator.comparing(MarketplaceVersion::version, IndexEditor::compare).reversed());
        return List.copyOf(copy);
    }

    private static int compare(String left, String right) {
        return Version.parse(left).compareTo(Version.parse(right));
    }

    private static MarketplaceVersion withPublishedAt(MarketplaceVersion version, MarketplaceVersion earlier) {
        return new MarketplaceVersion(version.version(), version.file(), version.sha256(), version.signature(), version.scopes(),
                version.platformRange(), version.size(), earlier.publishedAt());
    }

    /** Two entries must never point at the same file, or replacing one jar would silently change the other. */
    private void refuseFileClash(String id, MarketplaceVersion version) throws ToolException {
        for (MarketplacePlugin plugin : plugins.values()) {
            for (MarketplaceVersion other : plugin.versions()) {
                boolean sameEntry = plugin.id().equals(id) && other.version().equals(version.version());
                if (!sameEntry && other.file().equals(version.file())) {
                    throw ToolException.input("file " + version.file() + " is already used by " + plugin.id() + " " + other.version()
                            + " in this index");
                }
            }
        }
    }
}
