package io.custodian.platform.access.internal.rest;

import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.service.PolicyBody;
import io.custodian.platform.access.internal.service.PolicyService;
import io.custodian.platform.access.internal.service.PolicyView;
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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Policies that attach permissions to roles, groups and users, under {@code /api/v1/security/policies}. */
@Component(service = PolicyResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/security/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final PolicyService policies;

    @Activate
    public PolicyResource(@Reference LiveAccessDecider decider, @Reference AccessStore store,
                          @Reference AuditService audit) {
        this(new PolicyService(decider, store, audit));
    }

    PolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    /** Every policy sorted by name, or those of one principal ({@code ?principal=role:Viewer}). */
    @GET
    @RequiresPermission("role.view")
    public List<PolicyView> list(@QueryParam("principal") String principal) {
        return policies.list(principal);
    }

    /** Creates a policy. */
    @POST
    @RequiresPermission("role.create")
    public PolicyView create(PolicyBody body) {
        return policies.create(body);
    }

    /** One policy. */
    @GET
    @Path("/{id}")
    @RequiresPermission("role.view")
    public PolicyView get(@PathParam("id") String id) {
        return policies.get(id);
    }

    /** Replaces a custom policy. */
    @PUT
    @Path("/{id}")
    @RequiresPermission("role.edit")
    public PolicyView update(@PathParam("id") String id, PolicyBody body) {
        return policies.update(id, body);
    }

    /** Deletes a custom policy. */
    @DELETE
    @Path("/{id}")
    @RequiresPermission("role.delete")
    public void delete(@PathParam("id") String id) {
        policies.delete(id);
    }
}
