package io.custodian.platform.plugins.internal.marketplace;

import io.custodian.platform.plugins.internal.PluginErrorCode;
import io.custodian.platform.plugins.internal.lifecycle.PluginAudit;
import io.custodian.platform.plugins.internal.lifecycle.PluginLifecycle;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import io.custodian.platform.rest.api.CustodianException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins an operator wants on a fresh installation ({@code installOnFirstStart}), installed
 * once from the configured marketplaces exactly as an administrator's marketplace install would,
 * with every scope the chosen version requests granted. The host runs this on its own thread,
 * where no caller is bound, so the audit records name {@code system}.
 *
 * <p>A marker file records that the first start happened. It is written after the attempt,
 * whatever came of each plugin: a plugin an administrator uninstalls later must not come back on
 * the next start, and a plugin that failed (logged and audited) is then the administrator's to
 * install. It is not written when the attempt was interrupted (the host stopped meanwhile), so the
 * next start finishes the job; plugins installed by then are skipped.
 */
public final class FirstStartInstalls {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStartInstalls.class);

    /** Name of the marker file, next to the host's data folder. */
    public static final String MARKER = "first-start.done";

    /**
     * What one run did.
     *
     * @param installed        ids installed now
     * @param alreadyInstalled ids that were installed before
     * @param failed           ids that could not be installed, with the problem code
     * @param markerWritten    whether the first start is now recorded as done
     */
    public record Report(List<String> installed, List<String> alreadyInstalled, Map<String, String> failed,
                         boolean markerWritten) {

        static final Report NOTHING = new Report(List.of(), List.of(), Map.of(), false);
    }

    /** An install that meets an installed plugin: another caller was quicker, and nothing is replaced. */
    private static final UpgradeRight NEVER_REPLACE = pluginId -> {
        throw new CustodianException(PluginErrorCode.ALREADY_INSTALLED,
                "Plugin " + pluginId + " was installed meanwhile; the first start leaves it as it is");
    };

    private final MarketplaceService marketplace;
    private final PluginLifecycle lifecycle;
    private final PluginAudit audit;
    private final Path marker;
    private final Clock clock;

    /** @param marker the file whose existence means the first start is done */
    public FirstStartInstalls(MarketplaceService marketplace, PluginLifecycle lifecycle, PluginAudit audit,
                              Path marker, Clock clock) {
        this.marketplace = marketplace;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.marker = marker;
        this.clock = clock;
    }

    /**
     * Installs each of {@code ids} that is not installed, unless the first start is done already.
     * An empty list does nothing at all, not even the marker: a list configured later still applies.
     */
    public Report run(List<String> ids) {
        if (ids.isEmpty() || Files.exists(marker)) {
            return Report.NOTHING;
        }
        List<String> installed = new ArrayList<>();
        List<String> already = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (String id : ids) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.warn("First start: interrupted before installing {}; the next start tries again", id);
                return new Report(installed, already, failed, false);
            }
            if (lifecycle.find(id).isPresent()) {
                already.add(id);
                continue;
            }
            try {
                install(id);
                installed.add(id);
            } catch (CustodianException e) {
                failed.put(id, e.errorCode().code());
                LOG.warn("First start: plugin {} could not be installed ({}): {}", id, e.errorCode().code(),
                        e.getMessage());
            } catch (RuntimeException e) {
                failed.put(id, "internal.error");
                LOG.error("First start: plugin {} could not be installed", id, e);
            }
        }
        boolean written = writeMarker(installed, failed);
        LOG.info("First start: plugins installed {}, installed before {}, failed {}", installed, already,
                failed.keySet());
        return new Report(installed, already, failed, written);
    }

    private void install(String id) {
        // The lookup is outside the install's own audited attempt, so its refusal is audited here.
        MarketplaceEntry offer = audit.attempt(PluginAudit.INSTALL, id, attempt -> marketplace.plugin(id));
        String version = offer.recommendedVersion();
        List<String> scopes = offer.versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .map(MarketplaceEntry.Version::scopes).orElse(List.of());
        // A null version (none supports this platform) is refused, and audited, by the install itself.
        marketplace.install(id, version, scopes, NEVER_REPLACE);
    }

    private boolean writeMarker(List<String> installed, Map<String, String> failed) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "First start done at " + clock.instant() + "; installed " + installed
                    + ", failed " + failed.keySet() + System.lineSeparator());
            return true;
        } catch (IOException e) {
            LOG.error("First start: could not write {}; the next start installs the missing plugins again", marker, e);
            return false;
        }
    }
}
