package io.custodian.scanning.internal.rest;

import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.ScanningHost;
import io.custodian.scanning.internal.definition.DefinitionBody;
import io.custodian.scanning.internal.definition.DefinitionService;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.run.RunService;
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
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scan definitions under {@code /api/v1/scans/definitions}: list, create ({@code {"sourceId": 1}} is enough), read,
 * change, delete, and run now.
 */
@Component(service = ScanDefinitionResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/scans/definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScanDefinitionResource {

    private final DefinitionService definitions;
    private final RunService runs;

    @Activate
    public ScanDefinitionResource(@Reference ScanningHost host) {
        this(host.definitions(), host.runs());
    }

    ScanDefinitionResource(DefinitionService definitions, RunService runs) {
        this.definitions = definitions;
        this.runs = runs;
    }

    /** Every scan definition, by id. */
    @GET
    @RequiresPermission("scan_logic.view")
    public List<ScanDefinition> list() {
        return definitions.list();
    }

    /**
     * Creates a definition (201). Only {@code sourceId} is required: the name defaults to "&lt;source name&gt; scan",
     * the level to STATISTICS, the scope to everything, the concurrency to 2, no schedule.
     */
    @POST
    @RequiresPermission("scan_logic.create")
    public Response create(DefinitionBody body) {
        return Response.status(Response.Status.CREATED).entity(definitions.create(body)).build();
    }

    /** One definition. */
    @GET
    @Path("/{id}")
    @RequiresPermission("scan_logic.view")
    public ScanDefinition get(@PathParam("id") long id) {
        return definitions.get(id);
    }

    /** Changes a definition: omitted fields keep their values; "" removes a schedule or rule set, [] the patterns. */
    @PUT
    @Path("/{id}")
    @RequiresPermission("scan_logic.edit")
    public ScanDefinition update(@PathParam("id") long id, DefinitionBody body) {
        return definitions.update(id, body);
    }

    /** Deletes a definition without a queued or running run; its run history stays. */
    @DELETE
    @Path("/{id}")
    @RequiresPermission("scan_logic.edit")
    public void delete(@PathParam("id") long id) {
        definitions.delete(id);
    }

    /** Starts a run now (202 with the queued run); the caller also needs {@code datasource.scan:<source id>}. */
    @POST
    @Path("/{id}/run")
    @RequiresPermission("scan_logic.execute")
    public Response run(@PathParam("id") long id) {
        ScanRun run = runs.start(id, ScanTrigger.MANUAL);
        return Response.accepted(run).build();
    }
}
