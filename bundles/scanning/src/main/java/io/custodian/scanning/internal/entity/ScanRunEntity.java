package io.custodian.scanning.internal.entity;

import static io.custodian.platform.persistence.api.JpaTimestamps.toDate;
import static io.custodian.platform.persistence.api.JpaTimestamps.toInstant;

import java.time.Instant;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** One scan run with its counts (table {@code scan_run}). */
@Entity
@Table(name = "scan_run")
public class ScanRunEntity {

    @Id
    @Column(name = "id", length = 36, nullable = false)
    private String id;

    @Column(name = "definition_id", columnDefinition = "BIGINT", nullable = false)
    private long definitionId;

    @Column(name = "source_id", columnDefinition = "BIGINT", nullable = false)
    private long sourceId;

    @Column(name = "status", length = 20, nullable = false)
    private String status;

    @Column(name = "trigger_kind", length = 20, nullable = false)
    private String trigger;

    @Column(name = "requested_by", length = 200, nullable = false)
    private String requestedBy;

    @Column(name = "node_id", length = 200, nullable = false)
    private String nodeId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "queued_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date queuedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "started_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date startedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "finished_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date finishedAt;

    @Column(name = "containers", columnDefinition = "BIGINT", nullable = false)
    private long containers;

    @Column(name = "assets_seen", columnDefinition = "BIGINT", nullable = false)
    private long assetsSeen;

    @Column(name = "assets_added", columnDefinition = "BIGINT", nullable = false)
    private long added;

    @Column(name = "assets_changed", columnDefinition = "BIGINT", nullable = false)
    private long changed;

    @Column(name = "assets_unchanged", columnDefinition = "BIGINT", nullable = false)
    private long unchanged;

    @Column(name = "assets_removed", columnDefinition = "BIGINT", nullable = false)
    private long removed;

    @Column(name = "assets_restored", columnDefinition = "BIGINT", nullable = false)
    private long restored;

    @Column(name = "error_count", columnDefinition = "BIGINT", nullable = false)
    private long errors;

    @Column(name = "source_millis", columnDefinition = "BIGINT", nullable = false)
    private long sourceMillis;

    @Column(name = "total_millis", columnDefinition = "BIGINT", nullable = false)
    private long totalMillis;

    @Column(name = "progress_percent", columnDefinition = "INTEGER", nullable = false)
    private int percent;

    @Column(name = "current_object", length = 2000)
    private String currentObject;

    @Column(name = "message", length = 2000)
    private String message;

    protected ScanRunEntity() {
        // for JPA
    }

    public ScanRunEntity(String id, long definitionId, long sourceId, String status, String trigger, String requestedBy,
                         String nodeId, Instant queuedAt) {
        this.id = id;
        this.definitionId = definitionId;
        this.sourceId = sourceId;
        this.status = status;
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.nodeId = nodeId;
        this.queuedAt = toDate(queuedAt);
    }

    /** Writes the counts and timings of a progress report or of the end. */
    public void report(long newContainers, long newAssetsSeen, long newAdded, long newChanged, long newUnchanged,
                       long newRemoved, long newRestored, long newErrors, long newSourceMillis, long newTotalMillis,
                       int newPercent, String newCurrentObject) {
        containers = newContainers;
        assetsSeen = newAssetsSeen;
        added = newAdded;
        changed = newChanged;
        unchanged = newUnchanged;
        removed = newRemoved;
        restored = newRestored;
        errors = newErrors;
        sourceMillis = newSourceMillis;
        totalMillis = newTotalMillis;
        percent = newPercent;
        currentObject = newCurrentObject;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = toDate(startedAt);
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = toDate(finishedAt);
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getId() {
        return id;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getStatus() {
        return status;
    }

    public String getTrigger() {
        return trigger;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getNodeId() {
        return nodeId;
    }

    public Instant getQueuedAt() {
        return toInstant(queuedAt);
    }

    public Instant getStartedAt() {
        return toInstant(startedAt);
    }

    public Instant getFinishedAt() {
        return toInstant(finishedAt);
    }

    public long getContainers() {
        return containers;
    }

    public long getAssetsSeen() {
        return assetsSeen;
    }

    public long getAdded() {
        return added;
    }

    public long getChanged() {
        return changed;
    }

    public long getUnchanged() {
        return unchanged;
    }

    public long getRemoved() {
        return removed;
    }

    public long getRestored() {
        return restored;
    }

    public long getErrors() {
        return errors;
    }

    public long getSourceMillis() {
        return sourceMillis;
    }

    public long getTotalMillis() {
        return totalMillis;
    }

    public int getPercent() {
        return percent;
    }

    public String getCurrentObject() {
        return currentObject;
    }

    public String getMessage() {
        return message;
    }
}
