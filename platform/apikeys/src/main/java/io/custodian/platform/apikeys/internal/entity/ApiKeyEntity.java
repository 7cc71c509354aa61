package io.custodian.platform.apikeys.internal.entity;

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

/** One API key (table {@code custodian_api_key}); holds the hash of the secret, never the key. */
@Entity
@Table(name = "custodian_api_key")
public class ApiKeyEntity {

    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id;

    @Column(name = "key_id", length = 12, nullable = false, unique = true)
    private String keyId;

    @Column(name = "owner", length = 200, nullable = false)
    private String owner;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "secret_hash", length = 64, nullable = false)
    private String secretHash;

    @Column(name = "scopes", length = 4000, nullable = false)
    private String scopes;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "expires_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date expiresAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "last_used_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date lastUsedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "revoked_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date revokedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "rotated_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date rotatedAt;

    protected ApiKeyEntity() {
        // for JPA
    }

    public ApiKeyEntity(String id, String keyId, String owner, String name, String secretHash, String scopes,
                        Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.keyId = keyId;
        this.owner = owner;
        this.name = name;
        this.secretHash = secretHash;
        this.scopes = scopes;
        this.createdAt = toDate(createdAt);
        this.expiresAt = toDate(expiresAt);
    }

    public void rename(String newName) {
        name = newName;
    }

    /** Replaces the public and the secret part at once: the previous key stops matching. */
    public void rotate(String newKeyId, String newSecretHash, Instant now) {
        keyId = newKeyId;
        secretHash = newSecretHash;
        rotatedAt = toDate(now);
    }

    public void revoke(Instant now) {
        revokedAt = toDate(now);
    }

    public String getId() {
        return id;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getScopes() {
        return scopes;
    }

    public Instant getCreatedAt() {
        return toInstant(createdAt);
    }

    public Instant getExpiresAt() {
        return toInstant(expiresAt);
    }

    public Instant getLastUsedAt() {
        return toInstant(lastUsedAt);
    }

    public Instant getRevokedAt() {
        return toInstant(revokedAt);
    }

    public Instant getRotatedAt() {
        return toInstant(rotatedAt);
    }
}
