package io.custodian.platform.plugins.internal.entity;

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

/** One installed plugin (table {@code plugin_installation}), whatever version it currently runs. */
@Entity
@Table(name = "plugin_installation")
public class PluginInstallationEntity {

    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "vendor", length = 200, nullable = false)
    private String vendor;

    @Column(name = "version", length = 100, nullable = false)
    private String version;

    @Column(name = "previous_version", length = 100)
    private String previousVersion;

    @Column(name = "state", length = 20, nullable = false)
    private String state;

    @Column(name = "kinds", length = 200, nullable = false)
    private String kinds;

    @Column(name = "requested_scopes", length = 500, nullable = false)
    private String requestedScopes;

    @Column(name = "granted_scopes", length = 500, nullable = false)
    private String grantedScopes;

    @Column(name = "source", length = 2000, nullable = false)
    private String source;

    @Column(name = "publisher", length = 200)
    private String publisher;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "installed_by", length = 200, nullable = false)
    private String installedBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "installed_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date installedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "updated_at", columnDefinition = "TIMESTAMP WITH TIME ZONE", nullable = false)
    private Date updatedAt;

    protected PluginInstallationEntity() {
        // for JPA
    }

    public PluginInstallationEntity(String id, String state, String source, String installedBy, Instant installedAt) {
        this.id = id;
        this.state = state;
        this.source = source;
        this.installedBy = installedBy;
        this.installedAt = toDate(installedAt);
        this.updatedAt = toDate(installedAt);
    }

    /** Describes the version the plugin now runs (after an install, upgrade or rollback). */
    public void describe(String newName, String newVendor, String newVersion, String newKinds, String newRequestedScopes,
                         String newPublisher, String newSha256) {
        name = newName;
        vendor = newVendor;
        version = newVersion;
        kinds = newKinds;
        requestedScopes = newRequestedScopes;
        publisher = newPublisher;
        sha256 = newSha256;
    }

    public void setPreviousVersion(String previousVersion) {
        this.previousVersion = previousVersion;
    }

    public void setState(String state) {
        this.state = state;
    }

    public void setGrantedScopes(String grantedScopes) {
        this.grantedScopes = grantedScopes;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public void touch(Instant now) {
        updatedAt = toDate(now);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getVendor() {
        return vendor;
    }

    public String getVersion() {
        return version;
    }

    public String getPreviousVersion() {
        return previousVersion;
    }

    public String getState() {
        return state;
    }

    public String getKinds() {
        return kinds;
    }

    public String getRequestedScopes() {
        return requestedScopes;
    }

    public String getGrantedScopes() {
        return grantedScopes;
    }

    public String getSource() {
        return source;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getSha256() {
        return sha256;
    }

    public String getInstalledBy() {
        return installedBy;
    }

    public Instant getInstalledAt() {
        return toInstant(installedAt);
    }

    public Instant getUpdatedAt() {
        return toInstant(updatedAt);
    }
}
