package io.custodian.platform.access.internal.entity;

import static io.custodian.platform.persistence.api.JpaTimestamps.toDate;
import static io.custodian.platform.persistence.api.JpaTimestamps.toInstant;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A role (table {@code custodian_access_role}) with its parents ({@code custodian_access_role_parent}).
 * The name is the key: policies and grants refer to roles by name.
 */
@Entity
@Table(name = "custodian_access_role")
public class RoleEntity {

    @Id
    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "description", length = 500, nullable = false)
    private String description;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "custodian_access_role_parent", joinColumns = @JoinColumn(name = "role_name"))
    @Column(name = "parent_name", length = 100, nullable = false)
    private Set<String> parents = new HashSet<>();

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "updated_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date updatedAt;

    protected RoleEntity() {
        // for JPA
    }

    /** A new custom role. */
    public RoleEntity(String name, String description, Set<String> parents, Instant now) {
        this.name = name;
        this.description = description;
        this.builtIn = false;
        this.parents = new HashSet<>(parents);
        this.createdAt = toDate(now);
        this.updatedAt = toDate(now);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    /** A copy: change parents with {@link #setParents}. */
    public Set<String> getParents() {
        return Set.copyOf(parents);
    }

    public Instant getCreatedAt() {
        return toInstant(createdAt);
    }

    /** The same role under another name, with its original creation time. */
    public RoleEntity renamedTo(String newName, Instant now) {
        RoleEntity renamed = new RoleEntity(newName, description, parents, now);
        renamed.createdAt = createdAt;
        return renamed;
    }

    public void update(String newDescription, Set<String> newParents, Instant now) {
        description = newDescription;
        setParents(newParents);
        updatedAt = toDate(now);
    }

    /** Replaces the parents in place, so OpenJPA rewrites only the rows that changed. */
    public void setParents(Set<String> newParents) {
        parents.retainAll(newParents);
        parents.addAll(newParents);
    }
}
