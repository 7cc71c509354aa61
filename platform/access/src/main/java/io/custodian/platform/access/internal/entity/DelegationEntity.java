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

/** Permissions a user lends another user until a fixed end (table {@code custodian_access_delegation}). */
@Entity
@Table(name = "custodian_access_delegation")
public class DelegationEntity {

    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id;

    @Column(name = "delegator", length = 100, nullable = false)
    private String delegator;

    @Column(name = "delegate", length = 100, nullable = false)
    private String delegate;

    @Column(name = "permissions", length = 4000, nullable = false)
    private String permissions;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "valid_from", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date validFrom;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "valid_until", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date validUntil;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date createdAt;

    @Column(name = "expiry_audited", nullable = false)
    private boolean expiryAudited;

    protected DelegationEntity() {
        // for JPA
    }

    public DelegationEntity(String id, String delegator, String delegate, String permissions, Instant validFrom,
                            Instant validUntil, Instant now) {
        this.id = id;
        this.delegator = delegator;
        this.delegate = delegate;
        this.permissions = permissions;
        this.validFrom = toDate(validFrom);
        this.validUntil = toDate(validUntil);
        this.createdAt = toDate(now);
    }

    public void markExpiryAudited() {
        expiryAudited = true;
    }

    public String getId() {
        return id;
    }

    public String getDelegator() {
        return delegator;
    }

    public String getDelegate() {
        return delegate;
    }

    public String getPermissions() {
        return permissions;
    }

    public Instant getValidFrom() {
        return toInstant(validFrom);
    }

    public Instant getValidUntil() {
        return toInstant(validUntil);
    }

    public Instant getCreatedAt() {
        return toInstant(createdAt);
    }

    public boolean isExpiryAudited() {
        return expiryAudited;
    }
}
