package io.custodian.itest.sample;

import io.custodian.platform.rest.api.RequiresPermission;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;

/** A resource that exists only while this test bundle is installed. */
@Component(service = SampleResource.class, property = "osgi.jaxrs.resource=true")
@Path("/itest/sample")
public class SampleResource {

    /** Proves the route is served. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("system.view")
    public Map<String, String> hello() {
        return Map.of("served", "by a hot-installed bundle");
    }
}
