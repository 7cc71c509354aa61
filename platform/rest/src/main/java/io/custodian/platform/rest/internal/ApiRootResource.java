package io.custodian.platform.rest.internal;

import io.custodian.platform.rest.api.RequiresPermission;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /api/v1/}: where to go next. Always present, so the JAX-RS server exists even
 * before any group registers a resource and unknown paths get a problem+json 404.
 */
@Path("/")
public class ApiRootResource {

    /** Links to the main documents of the API. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("system.view")
    public Map<String, String> index() {
        return Map.of("health", "/api/v1/health", "system", "/api/v1/system",
                "openapi", "/api/v1/openapi.json", "docs", "/api/v1/docs", "metrics", "/metrics");
    }
}
