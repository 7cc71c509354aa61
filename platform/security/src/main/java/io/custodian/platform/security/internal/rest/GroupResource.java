package io.custodian.platform.security.internal.rest;

import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import io.custodian.platform.security.internal.admin.GroupAdministration;
import io.custodian.platform.security.internal.admin.GroupAdministration.GroupRequest;
import io.custodian.platform.security.internal.admin.GroupAdministration.GroupView;
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

/** Groups of users, under {@code /api/v1/security/groups}. */
@Component(service = GroupResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/security/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {

    private final GroupAdministration groups;

    @Activate
    public GroupResource(@Reference GroupAdministration groups) {
        this.groups = groups;
    }

    @GET
    @RequiresPermission("group.view")
    public List<GroupView> list() {
        return groups.list();
    }

    @POST
    @RequiresPermission("group.create")
    public GroupView create(GroupRequest request) {
        return groups.create(request);
    }

    @GET
    @Path("/{name}")
    @RequiresPermission("group.view")
    public GroupView get(@PathParam("name") String name) {
        return groups.get(name);
    }

    @PUT
    @Path("/{name}")
    @RequiresPermission("group.edit")
    public GroupView update(@PathParam("name") String name, GroupRequest request) {
        return groups.update(name, request);
    }

    @DELETE
    @Path("/{name}")
    @RequiresPermission("group.delete")
    public void delete(@PathParam("name") String name) {
        groups.delete(name);
    }
}
