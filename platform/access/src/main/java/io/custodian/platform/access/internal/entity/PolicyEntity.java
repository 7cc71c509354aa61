package io.custodian.platform.access.internal.entity;

import static io.custodian.platform.persistence.api.JpaTimestamps.toDate;
import static io.custodian.platform.persistence.api.JpaTimestamps.toInstant;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A policy (table {@code custodian_access_policy}). The principal and the permissions are kept as
 * text ({@code role:Viewer}, {@code datasource.view,catalog.view}); the store maps them to the model.
 */
@Entity
@Table(name = "custodian_access_policy")
public class PolicyEntity {

    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id;

    @Column(name = "name", length = 200, nullable = false, unique = true)
    private String name;

    @Column(name = "effect", length = 5, nullable = false)
    private String effect;

    @Column(name = "principal", length = 210, nullable = false)
    private String principal;

    @Column(name = "permissions", length = 4000, nullable = false)
    private String permissions;

    @Column(name = "condition_expr", length = 2000)
    private String condition;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "valid_from", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date validFrom;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "valid_until", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date validUntil;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Column(name = "expiry_audited", nullable = false)
    private boolean expiryAudited;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "updated_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date updatedAt;

    protected PolicyEntity() {
        // for JPA
    }

    /** A new custom policy; set its content with {@link #update}. */
    public PolicyEntity(String id, Instant now) {
        this.id = id;
        this.builtIn = false;
        this.createdAt = toDate(now);
    }

    /** Replaces the content. A changed end of validity is audited again when it passes. */
    public void update(String newName, String newEffect, String newPrincipal, String newPermissions,
                       String newCondition, Instant from, Instant until, Instant now) {
        if (!Objects.equals(getValidUntil(), until)) {
            expiryAudited = false;
        }
        name = newName;
        effect = newEffect;
        principal = newPrincipal;
        permissions = newPermissions;
        condition = newCondition;
        validFrom = toDate(from);
        validUntil = toDate(until);
        updatedAt = toDate(now);
    }

    /** Points the policy at a renamed role. */
    public void setPrincipal(String newPrincipal) {
        principal = newPrincipal;
    }

    public void markExpiryAudited() {
        expiryAudited = true;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEffect() {
        return effect;
    }

    public String getPrincipal() {
        return principal;
    }

    public String getPermissions() {
        return permissions;
    }

    public String getCondition() {
        return condition;
    }

    public Instant getValidFrom() {
        return toInstant(validFrom);
    }

    public Instant getValidUntil() {
        return toInstant(validUntil);
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public boolean isExpiryAudited() {
        return expiryAudited;
    }

    public Instant getCreatedAt() {
        return toInstant(createdAt);
    }

    public Instant getUpdatedAt() {
        return toInstant(updatedAt);
    }
}
