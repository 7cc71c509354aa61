package io.custodian.platform.access.internal.rest;

import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.service.RoleBody;
import io.custodian.platform.access.internal.service.RoleService;
import io.custodian.platform.access.internal.service.RoleView;
import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Roles and their inheritance, under {@code /api/v1/security/roles}. */
@Component(service = RoleResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/security/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleResource {

    private final RoleService roles;

    @Activate
    public RoleResource(@Reference LiveAccessDecider decider, @Reference AccessStore store,
                        @Reference AuditService audit) {
        this(new RoleService(decider, store, audit));
    }

    RoleResource(RoleService roles) {
        this.roles = roles;
    }

    /** Every role, sorted by name. */
    @GET
    @RequiresPermission("role.view")
    public List<RoleView> list() {
        return roles.list();
    }

    /** Creates a custom role; parents must exist and the hierarchy must stay free of cycles. */
    @POST
    @RequiresPermission("role.create")
    public RoleView create(RoleBody body) {
        return roles.create(body);
    }

    /** One role. */
    @GET
    @Path("/{name}")
    @RequiresPermission("role.view")
    public RoleView get(@PathParam("name") String name) {
        return roles.get(name);
    }

    /** Changes description and parents; a different name renames a custom role. */
    @PUT
    @Path("/{name}")
    @RequiresPermission("role.edit")
    public RoleView update(@PathParam("name") String name, RoleBody body) {
        return roles.update(name, body);
    }

    /** Deletes a custom role and its policies; refused while the role is granted or inherited. */
    @DELETE
    @Path("/{name}")
    @RequiresPermission("role.delete")
    public void delete(@PathParam("name") String name) {
        roles.delete(name);
    }
}
