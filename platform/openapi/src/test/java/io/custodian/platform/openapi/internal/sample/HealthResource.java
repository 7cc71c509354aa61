package io.custodian.platform.openapi.internal.sample;

import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;

@Path("health")
public class HealthResource {

    @GET
    @PublicEndpoint("load balancers probe it without credentials")
    public Map<String, Object> health() {
        return Map.of();
    }

    @GET
    @Path("details")
    @RequiresPermission("system.view")
    public Map<String, Object> details() {
        return Map.of();
    }

    /** Declares neither: the runtime refuses it. */
    @GET
    @Path("undeclared")
    public String undeclared() {
        return "";
    }
}
