package io.custodian.scanning.internal.engine;

import io.custodian.scanning.api.ScanLevel;
import java.util.Objects;

/**
 * What one run does.
 *
 * @param runId       the run's id, recorded as the catalog's first- and last-seen run
 * @param sourceId    the data source
 * @param sourceName  the source's name, the name of its root asset
 * @param level       metadata only, or statistics too
 * @param scope       which assets are processed
 * @param concurrency how many workers store assets (and take statistics) in parallel, at least 1
 * @param listsChanges whether the connector lists change tokens without describing
 *                    ({@link io.custodian.plugin.api.connector.ConnectorCapability#CHANGE_LISTING}): only then does a
 *                    re-scan list first and describe what changed; through the API's defaults that would read the
 *                    source more than once, so other connectors are re-read in one pass
 */
public record ScanJob(String runId, long sourceId, String sourceName, ScanLevel level, ScanScope scope, int concurrency,
                      boolean listsChanges) {

    public ScanJob {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(scope, "scope");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
    }
}
