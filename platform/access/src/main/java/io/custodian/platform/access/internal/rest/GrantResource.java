package io.custodian.platform.access.internal.rest;

import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.service.GrantBody;
import io.custodian.platform.access.internal.service.GrantService;
import io.custodian.platform.access.internal.service.GrantView;
import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

/** Role grants to users and groups, under {@code /api/v1/security/grants}. */
@Component(service = GrantResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/security/grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrantResource {

    private final GrantService grants;

    @Activate
    public GrantResource(@Reference LiveAccessDecider decider, @Reference AccessStore store,
                         @Reference AuditService audit) {
        this(new GrantService(decider, store, audit));
    }

    GrantResource(GrantService grants) {
        this.grants = grants;
    }

    /** Every grant, optionally of one principal ({@code ?principal=user:alice}) and/or one role ({@code ?role=Viewer}). */
    @GET
    @RequiresPermission("role.view")
    public List<GrantView> list(@QueryParam("principal") String principal, @QueryParam("role") String role) {
        return grants.list(principal, role);
    }

    /** Grants a role to a user or group, optionally between validFrom and validUntil. */
    @POST
    @RequiresPermission("role.grant")
    public GrantView create(GrantBody body) {
        return grants.create(body);
    }

    /** Revokes a grant. */
    @DELETE
    @Path("/{id}")
    @RequiresPermission("role.grant")
    public void revoke(@PathParam("id") String id) {
        grants.revoke(id);
    }
}
