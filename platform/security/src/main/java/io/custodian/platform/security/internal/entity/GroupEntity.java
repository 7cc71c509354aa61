package io.custodian.platform.security.internal.entity;

import java.time.Instant;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A group of users (table {@code custodian_group}, migration V2). Members live in {@code custodian_group_member}. */
@Entity
@Table(name = "custodian_group")
public class GroupEntity {

    @Id
    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "description", length = 500, nullable = false)
    private String description;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date createdAt;

    protected GroupEntity() {
        // for JPA
    }

    public GroupEntity(String name, String description, Instant now) {
        this.name = name;
        this.description = description;
        this.createdAt = Date.from(now);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
