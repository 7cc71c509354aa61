package io.custodian.scanning.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of a scan definition, as it is now (a live view while it runs).
 *
 * @param id            the run's id (a UUID)
 * @param definitionId  the definition it runs
 * @param sourceId      the data source it scans
 * @param status        where it stands
 * @param trigger       what started it
 * @param requestedBy   who started it: a user, {@code apikey:<id>@<owner>}, or {@code system} for a schedule
 * @param nodeId        the server node that runs it
 * @param queuedAt      when it was accepted
 * @param startedAt     when it began reading the source, {@code null} while queued
 * @param finishedAt    when it ended, {@code null} while queued or running
 * @param counts        what it found so far
 * @param sourceMillis  wall time during which at least one connector call of the run was in progress (the source
 *                      answering, through the plugin host), so never more than {@code totalMillis}; the rest of the
 *                      total is Custodian's own work (the catalog, the queue)
 * @param totalMillis   wall time from start to now or to the end
 * @param percent       estimated progress 0..100, never going back: the source is not counted first, so each container
 *                      walked splits its share equally between its sub-containers and its own assets, and its assets
 *                      fill their part as they are read against the number the previous scan found (on a first scan
 *                      that part fills when the container's listing ends); 100 once the run completed
 * @param currentObject the qualified name being read now, {@code null} when idle or finished
 * @param message       why it failed or was skipped, or a summary of its errors; {@code null} when there is nothing to say
 */
public record ScanRun(String id, long definitionId, long sourceId, ScanStatus status, ScanTrigger trigger,
                      String requestedBy, String nodeId, Instant queuedAt, Instant startedAt, Instant finishedAt,
                      ScanCounts counts, long sourceMillis, long totalMillis, int percent, String currentObject,
                      String message) {

    /** Rejects a missing id, status or trigger; no counts become {@link ScanCounts#NONE}. */
    public ScanRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trigger, "trigger");
        counts = counts == null ? ScanCounts.NONE : counts;
    }
}
