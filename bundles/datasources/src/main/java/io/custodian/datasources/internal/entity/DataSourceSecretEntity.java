package io.custodian.datasources.internal.entity;

import static io.custodian.platform.persistence.api.JpaTimestamps.toDate;

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
 * One secret setting of a source (table {@code data_source_secret}): either a ciphertext with its IV and the id of
 * the master key that sealed it, or a reference to an environment variable or file. Never the plaintext.
 */
@Entity
@Table(name = "data_source_secret")
public class DataSourceSecretEntity {

    @Id
    @SequenceGenerator(name = "data_source_secret_seq", sequenceName = "data_source_secret_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_source_secret_seq")
    @Column(name = "id", columnDefinition = "BIGINT", nullable = false)
    private Long id;

    @Column(name = "source_id", columnDefinition = "BIGINT", nullable = false)
    private Long sourceId;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "kind", length = 10, nullable = false)
    private String kind;

    @Column(name = "ciphertext", length = 8000)
    private String ciphertext;

    @Column(name = "iv", length = 32)
    private String iv;

    @Column(name = "key_id", length = 16)
    private String keyId;

    @Column(name = "reference", length = 1100)
    private String reference;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "updated_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date updatedAt;

    protected DataSourceSecretEntity() {
        // for JPA
    }

    public DataSourceSecretEntity(long sourceId, String name) {
        this.sourceId = sourceId;
        this.name = name;
    }

    /** Stores a ciphertext, replacing whatever was stored. */
    public void sealed(String newCiphertext, String newIv, String newKeyId, Instant now) {
        kind = "ENCRYPTED";
        ciphertext = newCiphertext;
        iv = newIv;
        keyId = newKeyId;
        reference = null;
        updatedAt = toDate(now);
    }

    /** Stores a reference, replacing whatever was stored. */
    public void referenced(String newReference, Instant now) {
        kind = "REFERENCE";
        ciphertext = null;
        iv = null;
        keyId = null;
        reference = newReference;
        updatedAt = toDate(now);
    }

    public Long getId() {
        return id;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getCiphertext() {
        return ciphertext;
    }

    public String getIv() {
        return iv;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getReference() {
        return reference;
    }
}
