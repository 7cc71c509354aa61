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

/**
 * A scan definition (table {@code scan_definition}). Patterns are stored one per line. Column types are spelled
 * out because the schema comes from migrations; timestamps are {@code Date} because OpenJPA 3.2 does not map
 * {@code Instant}.
 */
@Entity
@Table(name = "scan_definition")
public class ScanDefinitionEntity {

    @Id
    @SequenceGenerator(name = "scan_definition_seq", sequenceName = "scan_definition_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scan_definition_seq")
    @Column(name = "id", columnDefinition = "BIGINT", nullable = false)
    private Long id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "source_id", columnDefinition = "BIGINT", nullable = false)
    private long sourceId;

    @Column(name = "include_patterns", length = 20000, nullable = false)
    private String includePatterns;

    @Column(name = "exclude_patterns", length = 20000, nullable = false)
    private String excludePatterns;

    @Column(name = "scan_level", length = 20, nullable = false)
    private String level;

    @Column(name = "rule_set", length = 200)
    private String ruleSet;

    @Column(name = "cron", length = 200)
    private String cron;

    @Column(name = "concurrency", columnDefinition = "INTEGER", nullable = false)
    private int concurrency;

    @Column(name = "created_by", length = 200, nullable = false)
    private String createdBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "updated_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date updatedAt;

    protected ScanDefinitionEntity() {
        // for JPA
    }

    public ScanDefinitionEntity(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = toDate(createdAt);
        this.updatedAt = toDate(createdAt);
    }

    /** Writes every editable field. */
    public void describe(String newName, long newSourceId, String newIncludePatterns, String newExcludePatterns,
                         String newLevel, String newRuleSet, String newCron, int newConcurrency) {
        name = newName;
        sourceId = newSourceId;
        includePatterns = newIncludePatterns;
        excludePatterns = newExcludePatterns;
        level = newLevel;
        ruleSet = newRuleSet;
        cron = newCron;
        concurrency = newConcurrency;
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

    public long getSourceId() {
        return sourceId;
    }

    public String getIncludePatterns() {
        return includePatterns;
    }

    public String getExcludePatterns() {
        return excludePatterns;
    }

    public String getLevel() {
        return level;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    public String getCron() {
        return cron;
    }

    public int getConcurrency() {
        return concurrency;
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
}
