package io.custodian.platform.plugins.internal.rest;

import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.plugins.internal.PluginErrorCode;
import io.custodian.platform.plugins.internal.PluginHost;
import io.custodian.platform.plugins.internal.lifecycle.PluginLifecycle;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.lifecycle.ScopeGrants;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import io.custodian.platform.plugins.internal.upload.PluginUploads;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import io.custodian.plugin.api.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.apache.cxf.jaxrs.ext.multipart.Attachment;
import org.apache.cxf.jaxrs.ext.multipart.MultipartBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Installed plugins under {@code /api/v1/plugins}: list, details with health, start, stop, grant,
 * rollback, uninstall, and the upload of a signed jar. Every change and every refusal is audited.
 */
@Component(service = PluginResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PluginResource {

    private final PluginLifecycle plugins;
    private final PluginUploads uploads;
    private final UpgradeRight upgradeRight;

    @Activate
    public PluginResource(@Reference PluginHost host, @Reference AccessDecider decider) {
        this(host.lifecycle(), host.uploads(), UpgradeRights.of(decider));
    }

    PluginResource(PluginLifecycle plugins, PluginUploads uploads, UpgradeRight upgradeRight) {
        this.plugins = plugins;
        this.uploads = uploads;
        this.upgradeRight = upgradeRight;
    }

    /** Every installed plugin with its state, scopes and health. */
    @GET
    @RequiresPermission("plugin.view")
    public List<PluginView> list() {
        return plugins.list();
    }

    /** One plugin: state, requested and granted scopes, health, the version a rollback returns to. */
    @GET
    @Path("/{id}")
    @RequiresPermission("plugin.view")
    public PluginView get(@PathParam("id") String id) {
        return plugins.get(id);
    }

    /** Starts a stopped plugin; its scopes must be granted. */
    @POST
    @Path("/{id}/start")
    @RequiresPermission("plugin.configure")
    public PluginView start(@PathParam("id") String id) {
        return plugins.start(id);
    }

    /** Stops a plugin; it stays stopped across restarts. */
    @POST
    @Path("/{id}/stop")
    @RequiresPermission("plugin.configure")
    public PluginView stop(@PathParam("id") String id) {
        return plugins.stop(id);
    }

    /** Grants the scopes the plugin requests (all of them); a plugin awaiting its grant starts. */
    @POST
    @Path("/{id}/grant")
    @RequiresPermission("plugin.install")
    public PluginView grant(@PathParam("id") String id, GrantBody body) {
        if (body == null || body.scopes() == null) {
            throw new CustodianException(PluginErrorCode.INVALID_REQUEST,
                    "The body must be {\"scopes\": [...]} listing the scopes to grant");
        }
        return plugins.grant(id, body.scopes());
    }

    /** Returns to the version the last upgrade replaced. */
    @POST
    @Path("/{id}/rollback")
    @RequiresPermission("plugin.upgrade")
    public PluginView rollback(@PathParam("id") String id) {
        return plugins.rollback(id);
    }

    /** Uninstalls the plugin and deletes its kept jars. */
    @DELETE
    @Path("/{id}")
    @RequiresPermission("plugin.uninstall")
    public void uninstall(@PathParam("id") String id) {
        plugins.uninstall(id);
    }

    /**
     * Installs (or, with {@code plugin.upgrade} as well, upgrades to) an uploaded jar. The form has
     * the parts {@code file} (the jar), {@code publisher} and {@code signature} (the publisher's
     * base64 Ed25519 signature over id, version and SHA-256), and optionally {@code grantScopes}
     * (comma separated, or one part per scope), which must cover every scope the jar requests.
     */
    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresPermission("plugin.install")
    public PluginView upload(MultipartBody body) {
        MultipartForm form = new MultipartForm(body);
        Attachment file = form.part("file").orElseThrow(() -> new CustodianException(PluginErrorCode.INVALID_REQUEST,
                "The upload needs a form part named file holding the plugin jar"));
        List<String> grants = form.texts("grantScopes").stream()
                .flatMap(text -> ScopeGrants.parse(text).stream()).map(Scope::id).distinct().toList();
        try (InputStream jar = MultipartForm.stream(file)) {
            return uploads.upload(jar, form.text("publisher"), form.text("signature"), grants, upgradeRight);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the uploaded jar", e);
        }
    }
}
