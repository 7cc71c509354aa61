package io.custodian.platform.access.internal.rest;

import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.service.DelegationBody;
import io.custodian.platform.access.internal.service.DelegationService;
import io.custodian.platform.access.internal.service.DelegationView;
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
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Delegations of the caller's own permissions, under {@code /api/v1/security/delegations}. */
@Component(service = DelegationResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/security/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegationResource {

    private final DelegationService delegations;

    @Activate
    public DelegationResource(@Reference LiveAccessDecider decider, @Reference AccessStore store,
                              @Reference AuditService audit) {
        this(new DelegationService(decider, store, audit));
    }

    DelegationResource(DelegationService delegations) {
        this.delegations = delegations;
    }

    /** The delegations the caller gave or received; all of them for holders of role.view. */
    @GET
    @RequiresPermission("delegation.view")
    public List<DelegationView> list() {
        return delegations.list();
    }

    /** Delegates some of the caller's own permissions to another user, for at most 90 days. */
    @POST
    @RequiresPermission("delegation.create")
    public DelegationView create(DelegationBody body) {
        return delegations.create(body);
    }

    /** Revokes a delegation the caller gave (or any, with role.edit). */
    @DELETE
    @Path("/{id}")
    @RequiresPermission("delegation.delete")
    public void revoke(@PathParam("id") String id) {
        delegations.revoke(id);
    }
}
