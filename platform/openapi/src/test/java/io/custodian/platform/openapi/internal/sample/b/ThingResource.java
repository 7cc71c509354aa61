package io.custodian.platform.openapi.internal.sample.b;

import io.custodian.platform.rest.api.RequiresPermission;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;

@Path("b/things")
@RequiresPermission("thing.view")
public class ThingResource {

    /** Same simple name as a.ThingResource.Thing, different shape. */
    public record Thing(int number) {
    }

    @GET
    public List<Thing> list() {
        return List.of();
    }

    /** Same path and method as list(): a duplicate, left out. */
    @GET
    @Path("/")
    public List<Thing> again() {
        return List.of();
    }
}
