package io.custodian.platform.security.internal.entity;

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
 * A locally stored user (table {@code custodian_user}, created by migration V1, extended by V2). Column types
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


    @Column(name = "display_name", length = 200, nullable = false)
    private String displayName;

    @Column(name = "email", length = 320, nullable = false)
    private String email;

    /** JSON object of attribute name to value; see {@code UserAttributes}. */
    @Column(name = "attributes", length = 4000, nullable = false)
    private String attributes;

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

    public UserEntity(String username, String passwordHash, boolean mustChangePassword, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = "";
        this.email = "";
        this.attributes = "{}";
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

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getAttributes() {
        return attributes;
    }

    /** Replaces the profile: display name, e-mail and attributes (as JSON). */
    public void updateProfile(String newDisplayName, String newEmail, String newAttributesJson) {
        displayName = newDisplayName;
        email = newEmail;
        attributes = newAttributesJson;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
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

    /** Stores a password an administrator set: the user must replace it at the next login. */
    public void resetPassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = Date.from(now);
        mustChangePassword = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Stores a new password hash chosen by the user. */
    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = Date.from(now);
        mustChangePassword = false;
    }
}
