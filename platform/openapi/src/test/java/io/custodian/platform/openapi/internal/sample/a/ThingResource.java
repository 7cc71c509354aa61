package io.custodian.platform.openapi.internal.sample.a;

import io.custodian.platform.rest.api.RequiresPermission;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("a/things")
@RequiresPermission("thing.view")
public class ThingResource {

    public record Thing(String id) {
    }

    @GET
    public List<Thing> list() {
        return List.of();
    }

    @GET
    @Path("search")
    public List<Thing> list(@QueryParam("q") String query) {
        return List.of();
    }
}
