package io.custodian.scanning.internal.entity;

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

/** One object a scan run could not read or store (table {@code scan_run_error}). */
@Entity
@Table(name = "scan_run_error")
public class ScanRunErrorEntity {

    @Id
    @SequenceGenerator(name = "scan_run_error_seq", sequenceName = "scan_run_error_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scan_run_error_seq")
    @Column(name = "id", columnDefinition = "BIGINT", nullable = false)
    private Long id;

    @Column(name = "run_id", length = 36, nullable = false)
    private String runId;

    @Column(name = "object_name", length = 2000, nullable = false)
    private String objectName;

    @Column(name = "code", length = 100, nullable = false)
    private String code;

    @Column(name = "message", length = 2000, nullable = false)
    private String message;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "occurred_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date occurredAt;

    protected ScanRunErrorEntity() {
        // for JPA
    }

    public ScanRunErrorEntity(String runId, String objectName, String code, String message, Instant occurredAt) {
        this.runId = runId;
        this.objectName = objectName;
        this.code = code;
        this.message = message;
        this.occurredAt = toDate(occurredAt);
    }

    public Long getId() {
        return id;
    }

    public String getRunId() {
        return runId;
    }

    public String getObjectName() {
        return objectName;
    }

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }

    public Instant getOccurredAt() {
        return toInstant(occurredAt);
    }
}
