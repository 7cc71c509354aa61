package io.custodian.platform.apikeys.internal.rest;

import io.custodian.platform.apikeys.internal.ApiKeyRegistry;
import io.custodian.platform.apikeys.internal.ApiKeysConfig;
import io.custodian.platform.apikeys.internal.service.ApiKeyBody;
import io.custodian.platform.apikeys.internal.service.ApiKeyService;
import io.custodian.platform.apikeys.internal.service.ApiKeyView;
import io.custodian.platform.apikeys.internal.service.IssuedApiKey;
import io.custodian.platform.apikeys.internal.service.KeyRules;
import io.custodian.platform.apikeys.internal.service.RenameBody;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
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
 * Personal API keys under {@code /api/v1/security/apikeys}. A configuration change restarts the
 * component (no {@code @Modified}) with the new lifetime rules.
 */
@Component(service = ApiKeyResource.class, property = RestResources.RESOURCE_PROPERTY + "=true",
        configurationPid = ApiKeysConfig.PID)
@Path("/security/apikeys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyService keys;

    @Activate
    public ApiKeyResource(@Reference ApiKeyRegistry registry, @Reference AccessDecider decider,
                          @Reference AuditService audit, ApiKeysConfig config) {
        this(new ApiKeyService(registry, decider, audit, KeyRules.from(config)));
    }

    ApiKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    /** The caller's keys; another user's ({@code owner}) or everyone's ({@code all}) with apikey.admin. */
    @GET
    @RequiresPermission("apikey.view")
    public List<ApiKeyView> list(@QueryParam("owner") String owner, @QueryParam("all") boolean all) {
        return keys.list(owner, all);
    }

    /** Creates a key for the caller with some of the caller's permissions as scopes; the key is shown once. */
    @POST
    @RequiresPermission("apikey.create")
    public IssuedApiKey create(ApiKeyBody body) {
        return keys.create(body);
    }

    /** Renames a key. */
    @PATCH
    @Path("/{id}")
    @RequiresPermission("apikey.edit")
    public ApiKeyView rename(@PathParam("id") String id, RenameBody body) {
        return keys.rename(id, body);
    }

    /** Gives the caller's key a new key id and secret; the old key stops working; the new one is shown once. */
    @POST
    @Path("/{id}/rotate")
    @RequiresPermission("apikey.edit")
    public IssuedApiKey rotate(@PathParam("id") String id) {
        return keys.rotate(id);
    }

    /** Revokes a key; it stops working at once. */
    @DELETE
    @Path("/{id}")
    @RequiresPermission("apikey.delete")
    public void revoke(@PathParam("id") String id) {
        keys.revoke(id);
    }
}
