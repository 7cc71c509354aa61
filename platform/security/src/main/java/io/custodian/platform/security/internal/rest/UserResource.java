package io.custodian.platform.security.internal.rest;

import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import io.custodian.platform.security.internal.admin.UserAdministration;
import io.custodian.platform.security.internal.admin.UserDetails;
import io.custodian.platform.security.internal.admin.UserRequests;
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

/** Local user accounts, under {@code /api/v1/security/users}. */
@Component(service = UserResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/security/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserAdministration users;

    @Activate
    public UserResource(@Reference UserAdministration users) {
        this.users = users;
    }

    @GET
    @RequiresPermission("user.view")
    public List<UserDetails> list() {
        return users.list();
    }

    @POST
    @RequiresPermission("user.create")
    public UserDetails create(UserRequests.Create request) {
        return users.create(request);
    }

    @GET
    @Path("/{username}")
    @RequiresPermission("user.view")
    public UserDetails get(@PathParam("username") String username) {
        return users.get(username);
    }

    @PUT
    @Path("/{username}")
    @RequiresPermission("user.edit")
    public UserDetails update(@PathParam("username") String username, UserRequests.Update request) {
        return users.update(username, request);
    }

    @DELETE
    @Path("/{username}")
    @RequiresPermission("user.delete")
    public void delete(@PathParam("username") String username) {
        users.delete(username);
    }

    @POST
    @Path("/{username}/password")
    @RequiresPermission("user.edit")
    public void resetPassword(@PathParam("username") String username, UserRequests.ResetPassword request) {
        users.resetPassword(username, request);
    }
}
