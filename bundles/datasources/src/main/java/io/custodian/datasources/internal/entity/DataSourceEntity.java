package io.custodian.datasources.internal.entity;

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
 * One registered data source (table {@code data_source}) without its secrets. Settings and tags are JSON text;
 * the store converts them. Timestamps are {@code Date} because OpenJPA 3.2 does not map {@code Instant}.
 */
@Entity
@Table(name = "data_source")
public class DataSourceEntity {

    @Id
    @SequenceGenerator(name = "data_source_seq", sequenceName = "data_source_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_source_seq")
    @Column(name = "id", columnDefinition = "BIGINT", nullable = false)
    private Long id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "type", length = 64, nullable = false)
    private String type;

    @Column(name = "settings", length = 8000, nullable = false)
    private String settings;

    @Column(name = "owner", length = 200, nullable = false)
    private String owner;

    @Column(name = "tags", length = 4000, nullable = false)
    private String tags;

    @Column(name = "description", length = 4000, nullable = false)
    private String description;

    @Column(name = "created_by", length = 200, nullable = false)
    private String createdBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "updated_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date updatedAt;

    @Column(name = "health_status", length = 10, nullable = false)
    private String healthStatus;

    @Column(name = "health_diagnosis", length = 32)
    private String healthDiagnosis;

    @Column(name = "health_message", length = 1000)
    private String healthMessage;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "health_checked_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date healthCheckedAt;

    protected DataSourceEntity() {
        // for JPA
    }

    public DataSourceEntity(String name, String type, String createdBy, Instant createdAt) {
        this.name = name;
        this.type = type;
        this.createdBy = createdBy;
        this.createdAt = toDate(createdAt);
        this.updatedAt = toDate(createdAt);
        this.healthStatus = "UNKNOWN";
    }

    /** Writes the fields a user may change. */
    public void describe(String newName, String newSettings, String newOwner, String newTags, String newDescription) {
        name = newName;
        settings = newSettings;
        owner = newOwner;
        tags = newTags;
        description = newDescription;
    }

    /** Records the latest health check. */
    public void health(String status, String diagnosis, String message, Instant checkedAt) {
        healthStatus = status;
        healthDiagnosis = diagnosis;
        healthMessage = message;
        healthCheckedAt = toDate(checkedAt);
    }

    public void touch(Instant now) {
        updatedAt = toDate(now);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getSettings() {
        return settings;
    }

    public String getOwner() {
        return owner;
    }

    public String getTags() {
        return tags;
    }

    public String getDescription() {
        return description;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return toInstant(createdAt);
    }

    public Instant getUpdatedAt() {
        return toInstant(updatedAt);
    }

    public String getHealthStatus() {
        return healthStatus;
    }

    public String getHealthDiagnosis() {
        return healthDiagnosis;
    }

    public String getHealthMessage() {
        return healthMessage;
    }

    public Instant getHealthCheckedAt() {
        return toInstant(healthCheckedAt);
    }
}
