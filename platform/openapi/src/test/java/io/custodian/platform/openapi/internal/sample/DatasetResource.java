package io.custodian.platform.openapi.internal.sample;

import io.custodian.platform.rest.api.RequiresPermission;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

@Path("/datasets/")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("dataset.view")
public class DatasetResource {

    @GET
    public Page<DatasetDto> list(@QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("after") String after, @QueryParam("include") @DefaultValue("active") Optional<String> include) {
        return null;
    }

    @GET
    @Path("{id: [0-9a-f]{8}-[0-9a-f-]{27}}")
    public DatasetDto get(@PathParam("id") UUID id) {
        return null;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("dataset.edit")
    public DatasetDto create(@Context UriInfo uriInfo, NewDataset body) {
        return null;
    }

    @PUT
    @Path("/{id}")
    @RequiresPermission("dataset.edit")
    public CompletionStage<DatasetDto> replace(@PathParam("id") UUID id, NewDataset body) {
        return null;
    }

    @PATCH
    @Path("/{id}/name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission("dataset.edit")
    public void rename(@PathParam("id") UUID id, @FormParam("name") String name) {
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("dataset.delete")
    public void delete(@PathParam("id") UUID id) {
    }

    @GET
    @Path("/{id}/owners/")
    public Map<String, Owner> owners(@PathParam("id") UUID id, @HeaderParam("X-Trace") Optional<String> trace,
            @HeaderParam("Accept") String accept, @CookieParam("session") String session) {
        return null;
    }

    @GET
    @Path("{id}/raw")
    @Produces({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public Response raw(@PathParam("id") UUID id) {
        return null;
    }

    @GET
    @Path("{id}/export")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public InputStream export(@PathParam("id") UUID id) {
        return null;
    }

    @GET
    @Path("{id}/tree")
    public TreeNode tree(@PathParam("id") UUID id) {
        return null;
    }

    /** Not an operation: no HTTP method. */
    public String helper() {
        return "";
    }

    /** A sub-resource locator: skipped. */
    @Path("{id}/versions")
    public Object versions(@PathParam("id") UUID id) {
        return null;
    }
}
