package io.custodian.platform.openapi.internal.sample;

import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

@Path("login")
@PublicEndpoint("users log in here")
public class PublicClassResource {

    @POST
    public String login(String credentials) {
        return "";
    }

    /** Method-level permission overrides the class being public. */
    @GET
    @Path("sessions")
    @RequiresPermission("security.view")
    public String sessions() {
        return "";
    }
}
