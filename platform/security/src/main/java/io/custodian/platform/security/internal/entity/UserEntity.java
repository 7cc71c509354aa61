package io.custodian.platform.security.internal.entity;

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
 * A locally stored user (table {@code custodian_user}, created by migration V1). Column types
 * are spelled out because the schema comes from migrations, not from OpenJPA. Timestamps are
 * {@code Date} because OpenJPA 3.2 (JPA 2.1) does not map {@code Instant}; the accessors speak Instant.
 */
@Entity
@Table(name = "custodian_user")
public class UserEntity {

    @Id
    @SequenceGenerator(name = "custodian_user_seq", sequenceName = "custodian_user_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custodian_user_seq")
    @Column(name = "id", columnDefinition = "BIGINT", nullable = false)
    private Long id;

    @Column(name = "username", length = 100, nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", length = 255, nullable = false)
    private String passwordHash;

    /** Comma-separated role names; a later version moves roles to their own tables. */
    @Column(name = "roles", length = 1000, nullable = false)
    private String roles;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", columnDefinition = "INTEGER", nullable = false)
    private int failedLogins;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "locked_until", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date lockedUntil;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "password_changed_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date passwordChangedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "last_login_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private Date lastLoginAt;

    protected UserEntity() {
        // for JPA
    }

    public UserEntity(String username, String passwordHash, String roles, boolean mustChangePassword, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.failedLogins = 0;
        this.createdAt = Date.from(now);
        this.passwordChangedAt = Date.from(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getRoles() {
        return roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return toInstant(lockedUntil);
    }

    public Instant getCreatedAt() {
        return toInstant(createdAt);
    }

    public Instant getPasswordChangedAt() {
        return toInstant(passwordChangedAt);
    }

    public Instant getLastLoginAt() {
        return toInstant(lastLoginAt);
    }

    /** A successful login: the failure count and any lock are cleared. */
    public void loggedIn(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = Date.from(now);
    }

    /** Counts a failed login. */
    public void failedLogin() {
        failedLogins++;
    }

    /** Locks the account until {@code until} and starts counting failures afresh. */
    public void lockUntil(Instant until) {
        lockedUntil = Date.from(until);
        failedLogins = 0;
    }

    /** Stores a new password hash chosen by the user. */
    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = Date.from(now);
        mustChangePassword = false;
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
