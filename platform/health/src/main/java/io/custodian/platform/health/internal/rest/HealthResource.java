package io.custodian.platform.health.internal.rest;

import io.custodian.platform.health.api.HealthReport;
import io.custodian.platform.health.api.HealthService;
import io.custodian.platform.health.api.Status;
import io.custodian.platform.rest.api.PublicEndpoint;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/health}: open to load balancers and probes; 503 when the platform is DOWN. */
@Component(service = HealthResource.class, property = "osgi.jaxrs.resource=true")
@Path("/health")
public class HealthResource {

    @Reference
    private HealthService health;

    /** The health report: state of the database, the event bus and every Custodian bundle. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PublicEndpoint("probes and load balancers call it without credentials; it reveals no data")
    public Response health() {
        HealthReport report = health.report();
        int status = report.status() == Status.DOWN ? 503 : 200;
        return Response.status(status).entity(report).build();
    }
}
