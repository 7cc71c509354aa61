package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.lifecycle.HealthView;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.marketplace.MarketplaceEntry;
import io.custodian.platform.plugins.internal.marketplace.MarketplaceListing;
import java.util.List;

/** The tables and one-line summaries the plugin commands print. */
final class PluginTable {

    private static final String PLUGIN_ROW = "%-24s %-12s %-15s %-8s %-24s %-24s %-9s %s%n";
    private static final String MARKET_ROW = "%-24s %-12s %-12s %-14s %-24s %s%n";

    private PluginTable() {
    }

    static String plugins(List<PluginView> plugins) {
        if (plugins.isEmpty()) {
            return "No plugins installed\n";
        }
        StringBuilder out = new StringBuilder(String.format(PLUGIN_ROW, "ID", "VERSION", "STATE", "RUNNING",
                "REQUESTED", "GRANTED", "FAILURES", "SOURCE"));
        for (PluginView p : plugins) {
            HealthView health = p.health();
            out.append(String.format(PLUGIN_ROW, p.id(), p.version(), p.state(), p.running() ? "yes" : "no",
                    list(p.requestedScopes()), list(p.grantedScopes()),
                    health == null ? "-" : Long.toString(health.failures()), p.source()));
        }
        return out.toString();
    }

    static String marketplace(MarketplaceListing listing) {
        StringBuilder out = new StringBuilder();
        if (listing.plugins().isEmpty()) {
            out.append("No matching plugins\n");
        } else {
            out.append(String.format(MARKET_ROW, "ID", "NEWEST", "INSTALLED", "KINDS", "SCOPES", "NAME"));
            for (MarketplaceEntry p : listing.plugins()) {
                List<String> scopes = p.versions().stream()
                        .filter(v -> v.version().equals(p.recommendedVersion())).findFirst()
                        .map(MarketplaceEntry.Version::scopes).orElse(List.of());
                out.append(String.format(MARKET_ROW, p.id(), text(p.recommendedVersion()), text(p.installedVersion()),
                        list(p.kinds()), list(scopes), p.name()));
            }
        }
        for (MarketplaceListing.SourceStatus source : listing.sources()) {
            if (!source.available()) {
                out.append("Marketplace ").append(source.location()).append(" unavailable: ").append(source.error())
                        .append('\n');
            }
        }
        return out.toString();
    }

    static String summary(String verb, PluginView p) {
        String summary = String.format("Plugin %s %s %s (state %s", p.id(), p.version(), verb, p.state());
        if (!p.missingScopes().isEmpty()) {
            summary += ", awaiting a grant of " + String.join(",", p.missingScopes());
        }
        return summary + ")\n";
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "-" : String.join(",", items);
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }
}
