package io.custodian.catalog.internal.entity;

import static io.custodian.platform.persistence.api.JpaTimestamps.toDate;
import static io.custodian.platform.persistence.api.JpaTimestamps.toInstant;

import java.time.Instant;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One row of {@code catalog_asset}: an asset as the latest scan that saw it described it. The technical metadata
 * and the profile are JSON text (sorted keys); the store turns them into maps.
 */
@Entity
@Table(name = "catalog_asset")
public class AssetEntity {

    // A sequence rather than an identity column: ids drawn in blocks before the insert let OpenJPA batch the
    // inserts of a table's columns; the step must match the migration's INCREMENT BY.
    @Id
    @SequenceGenerator(name = "catalogAssetSeq", sequenceName = "catalog_asset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogAssetSeq")
    @Column(name = "id", columnDefinition = "BIGINT", nullable = false)
    private Long id;

    @Column(name = "source_id", length = 64, nullable = false)
    private String sourceId;

    @Column(name = "qualified_name", length = 2000, nullable = false)
    private String qualifiedName;

    @Column(name = "parent_id", columnDefinition = "BIGINT")
    private Long parentId;

    @Column(name = "type", length = 16, nullable = false)
    private String type;

    @Column(name = "name", length = 1000, nullable = false)
    private String name;

    @Column(name = "technical", length = 1000000, nullable = false)
    private String technical;

    @Column(name = "profile", length = 1000000)
    private String profile;

    @Column(name = "change_token", length = 2000)
    private String changeToken;

    @Column(name = "first_seen_run", length = 64)
    private String firstSeenRun;

    @Column(name = "last_seen_run", length = 64)
    private String lastSeenRun;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "first_seen_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date firstSeenAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "last_seen_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date lastSeenAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "removed_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date removedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "updated_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date updatedAt;

    protected AssetEntity() {
        // for JPA
    }

    /** A new asset, first and last seen by {@code runId} at {@code now}. */
    public AssetEntity(String sourceId, String qualifiedName, Long parentId, String type, String name,
                       String technical, String changeToken, String runId, Instant now) {
        this.sourceId = sourceId;
        this.qualifiedName = qualifiedName;
        this.parentId = parentId;
        this.type = type;
        this.name = name;
        this.technical = technical;
        this.changeToken = changeToken;
        this.firstSeenRun = runId;
        this.lastSeenRun = runId;
        this.firstSeenAt = toDate(now);
        this.lastSeenAt = toDate(now);
        this.updatedAt = toDate(now);
    }

    /** Records that {@code runId} saw it at {@code now}. */
    public void seen(String runId, Instant now) {
        this.lastSeenRun = runId;
        this.lastSeenAt = toDate(now);
    }

    /** Replaces its description (type, technical JSON) and stamps {@code updated_at}. */
    public void describe(String type, String technical, Instant now) {
        this.type = type;
        this.technical = technical;
        this.updatedAt = toDate(now);
    }

    /** Stamps {@code updated_at}: what it holds (its columns) changed. */
    public void touch(Instant now) {
        this.updatedAt = toDate(now);
    }

    /** Tombstones it. */
    public void remove(Instant now) {
        this.removedAt = toDate(now);
    }

    /** Clears its tombstone. */
    public void restore(Instant now) {
        this.removedAt = null;
        this.updatedAt = toDate(now);
    }

    public Long getId() {
        return id;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getQualifiedName() {
        return qualifiedName;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getTechnical() {
        return technical;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getChangeToken() {
        return changeToken;
    }

    public void setChangeToken(String changeToken) {
        this.changeToken = changeToken;
    }

    public String getFirstSeenRun() {
        return firstSeenRun;
    }

    public String getLastSeenRun() {
        return lastSeenRun;
    }

    public Instant getFirstSeenAt() {
        return toInstant(firstSeenAt);
    }

    public Instant getLastSeenAt() {
        return toInstant(lastSeenAt);
    }

    public Instant getRemovedAt() {
        return toInstant(removedAt);
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Instant getUpdatedAt() {
        return toInstant(updatedAt);
    }
}
