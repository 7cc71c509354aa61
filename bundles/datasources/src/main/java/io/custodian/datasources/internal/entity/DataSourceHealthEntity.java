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

/** One health check of a source (table {@code data_source_health}). */
@Entity
@Table(name = "data_source_health")
public class DataSourceHealthEntity {

    @Id
    @SequenceGenerator(name = "data_source_health_seq", sequenceName = "data_source_health_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_source_health_seq")
    @Column(name = "id", columnDefinition = "BIGINT", nullable = false)
    private Long id;

    @Column(name = "source_id", columnDefinition = "BIGINT", nullable = false)
    private Long sourceId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "checked_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date checkedAt;

    @Column(name = "status", length = 10, nullable = false)
    private String status;

    @Column(name = "diagnosis", length = 32)
    private String diagnosis;

    @Column(name = "message", length = 1000, nullable = false)
    private String message;

    @Column(name = "elapsed_ms", columnDefinition = "BIGINT", nullable = false)
    private Long elapsedMs;

    protected DataSourceHealthEntity() {
        // for JPA
    }

    public DataSourceHealthEntity(long sourceId, Instant checkedAt, String status, String diagnosis, String message,
                                  long elapsedMs) {
        this.sourceId = sourceId;
        this.checkedAt = toDate(checkedAt);
        this.status = status;
        this.diagnosis = diagnosis;
        this.message = message;
        this.elapsedMs = elapsedMs;
    }

    public Long getId() {
        return id;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Instant getCheckedAt() {
        return toInstant(checkedAt);
    }

    public String getStatus() {
        return status;
    }

    public String getDiagnosis() {
        return diagnosis;
    }

    public String getMessage() {
        return message;
    }

    public long getElapsedMs() {
        return elapsedMs;
    }
}
