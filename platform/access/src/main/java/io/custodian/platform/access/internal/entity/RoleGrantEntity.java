package io.custodian.platform.access.internal.entity;

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

/** A role given to a user or a group, optionally for a time (table {@code custodian_access_grant}). */
@Entity
@Table(name = "custodian_access_grant")
public class RoleGrantEntity {

    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id;

    @Column(name = "principal", length = 210, nullable = false)
    private String principal;

    @Column(name = "role_name", length = 100, nullable = false)
    private String role;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "valid_from", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date validFrom;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "valid_until", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date validUntil;

    @Column(name = "created_by", length = 200, nullable = false)
    private String createdBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date createdAt;

    @Column(name = "expiry_audited", nullable = false)
    private boolean expiryAudited;

    protected RoleGrantEntity() {
        // for JPA
    }

    public RoleGrantEntity(String id, String principal, String role, Instant validFrom, Instant validUntil,
                           String createdBy, Instant now) {
        this.id = id;
        this.principal = principal;
        this.role = role;
        this.validFrom = toDate(validFrom);
        this.validUntil = toDate(validUntil);
        this.createdBy = createdBy;
        this.createdAt = toDate(now);
    }

    /** Points the grant at a renamed role. */
    public void setRole(String newRole) {
        role = newRole;
    }

    public void markExpiryAudited() {
        expiryAudited = true;
    }

    public String getId() {
        return id;
    }

    public String getPrincipal() {
        return principal;
    }

    public String getRole() {
        return role;
    }

    public Instant getValidFrom() {
        return toInstant(validFrom);
    }

    public Instant getValidUntil() {
        return toInstant(validUntil);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return toInstant(createdAt);
    }

    public boolean isExpiryAudited() {
        return expiryAudited;
    }
}
