package io.custodian.platform.openapi.internal.sample;

import io.custodian.platform.rest.api.RequiresPermission;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

/** JAX-RS annotations on an interface; the implementation inherits them. */
@Path("tags")
public interface TagApi {

    @GET
    @Path("{key}")
    @RequiresPermission("tag.view")
    Tag get(@PathParam("key") String key);
}
