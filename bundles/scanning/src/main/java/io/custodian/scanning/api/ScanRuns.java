package io.custodian.scanning.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The history of scan runs, for groups that show freshness or react to scans. Thread-safe. */
@ProviderType
public interface ScanRuns {

    /** The run with this id, live while it runs. */
    Optional<ScanRun> find(String runId);

    /**
     * The latest runs of a data source, newest first.
     *
     * @param sourceId the data source's id
     * @param limit    at most this many, 1..500
     */
    List<ScanRun> latest(long sourceId, int limit);
}
