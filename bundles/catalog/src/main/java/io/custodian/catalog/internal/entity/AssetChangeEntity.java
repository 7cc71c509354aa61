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

/** One row of {@code catalog_asset_change}: a difference a scan found. Written once, never updated. */
@Entity
@Table(name = "catalog_asset_change")
public class AssetChangeEntity {

    @Id
    @SequenceGenerator(name = "catalogAssetChangeSeq", sequenceName = "catalog_asset_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogAssetChangeSeq")
    @Column(name = "id", columnDefinition = "BIGINT", nullable = false)
    private Long id;

    @Column(name = "asset_id", columnDefinition = "BIGINT", nullable = false)
    private Long assetId;

    @Column(name = "parent_id", columnDefinition = "BIGINT")
    private Long parentId;

    @Column(name = "source_id", length = 64, nullable = false)
    private String sourceId;

    @Column(name = "qualified_name", length = 2000, nullable = false)
    private String qualifiedName;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "changed_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date changedAt;

    @Column(name = "run_id", length = 64)
    private String runId;

    @Column(name = "kind", length = 16, nullable = false)
    private String kind;

    @Column(name = "field", length = 200)
    private String field;

    @Column(name = "before_value", length = 100000)
    private String beforeValue;

    @Column(name = "after_value", length = 100000)
    private String afterValue;

    protected AssetChangeEntity() {
        // for JPA
    }

    /** A change of the asset {@code asset}, stored at {@code at} by {@code runId}. */
    public AssetChangeEntity(AssetEntity asset, Instant at, String runId, String kind, String field,
                             String beforeValue, String afterValue) {
        this.assetId = asset.getId();
        this.parentId = asset.getParentId();
        this.sourceId = asset.getSourceId();
        this.qualifiedName = asset.getQualifiedName();
        this.changedAt = toDate(at);
        this.runId = runId;
        this.kind = kind;
        this.field = field;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
    }

    public Long getId() {
        return id;
    }

    public Long getAssetId() {
        return assetId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getQualifiedName() {
        return qualifiedName;
    }

    public Instant getChangedAt() {
        return toInstant(changedAt);
    }

    public String getRunId() {
        return runId;
    }

    public String getKind() {
        return kind;
    }

    public String getField() {
        return field;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }
}
