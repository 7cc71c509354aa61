package io.custodian.platform.plugins.internal.rest;

import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.plugins.internal.PluginHost;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import io.custodian.platform.plugins.internal.marketplace.MarketplaceEntry;
import io.custodian.platform.plugins.internal.marketplace.MarketplaceListing.SourceStatus;
import io.custodian.platform.plugins.internal.marketplace.MarketplaceService;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The configured marketplaces under {@code /api/v1/marketplace}: browse and search their plugins,
 * and install or upgrade one after its jar passed every check.
 */
@Component(service = MarketplaceResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/marketplace")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MarketplaceResource {

    private final MarketplaceService marketplace;
    private final UpgradeRight upgradeRight;

    @Activate
    public MarketplaceResource(@Reference PluginHost host, @Reference AccessDecider decider) {
        this(host.marketplace(), UpgradeRights.of(decider));
    }

    MarketplaceResource(MarketplaceService marketplace, UpgradeRight upgradeRight) {
        this.marketplace = marketplace;
        this.upgradeRight = upgradeRight;
    }

    /**
     * Plugins of every configured marketplace whose id, name, description or vendor contains
     * {@code q}, of {@code kind}; a marketplace that cannot be read is left out (see {@link #sources}),
     * unless none can be read.
     */
    @GET
    @Path("/plugins")
    @RequiresPermission("plugin.view")
    public List<MarketplaceEntry> browse(@QueryParam("q") String q, @QueryParam("kind") String kind) {
        return marketplace.browse(q, kind);
    }

    /** Each configured marketplace: whether its index can be read, and why not. */
    @GET
    @Path("/sources")
    @RequiresPermission("plugin.view")
    public List<SourceStatus> sources() {
        return marketplace.sources();
    }

    /** One plugin with all its versions, the scopes each requests and whether this platform supports it. */
    @GET
    @Path("/plugins/{id}")
    @RequiresPermission("plugin.view")
    public MarketplaceEntry plugin(@PathParam("id") String id) {
        return marketplace.plugin(id);
    }

    /**
     * Installs the plugin (the newest supported version unless {@code version} is given); if
     * another version is installed this is an upgrade and needs {@code plugin.upgrade} too.
     * {@code grantScopes} must cover every scope the version requests.
     */
    @POST
    @Path("/plugins/{id}/install")
    @RequiresPermission("plugin.install")
    public PluginView install(@PathParam("id") String id, InstallBody body) {
        return marketplace.install(id, version(body), grants(body), upgradeRight);
    }

    /** Upgrades (or downgrades) an installed plugin; new scopes the version requests must be in {@code grantScopes}. */
    @POST
    @Path("/plugins/{id}/upgrade")
    @RequiresPermission("plugin.upgrade")
    public PluginView upgrade(@PathParam("id") String id, InstallBody body) {
        return marketplace.upgrade(id, version(body), grants(body));
    }

    private static String version(InstallBody body) {
        return body == null ? null : body.version();
    }

    private static List<String> grants(InstallBody body) {
        return body == null || body.grantScopes() == null ? List.of() : body.grantScopes();
    }
}
