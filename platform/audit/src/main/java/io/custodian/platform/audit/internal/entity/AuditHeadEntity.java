package io.custodian.platform.audit.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The one row of {@code custodian_audit_head}: sequence and hash of the newest record. Appends
 * lock it, so they are serialised across JVMs, and update it in the same transaction.
 */
@Entity
@Table(name = "custodian_audit_head")
public class AuditHeadEntity {

    /** Primary key of the only row. */
    public static final int ID = 1;

    @Id
    @Column(name = "id", columnDefinition = "INTEGER")
    private Integer id;

    @Column(name = "last_seq", nullable = false, columnDefinition = "BIGINT")
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    public Integer getId() {
        return id;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public void setLastSeq(long lastSeq) {
        this.lastSeq = lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void setLastHash(String lastHash) {
        this.lastHash = lastHash;
    }
}
