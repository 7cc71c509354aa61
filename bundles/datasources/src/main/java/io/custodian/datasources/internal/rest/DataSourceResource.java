package io.custodian.datasources.internal.rest;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.DataSourceErrorCode;
import io.custodian.datasources.internal.DataSourceManager;
import io.custodian.datasources.internal.DataSourceParts;
import io.custodian.datasources.internal.Problems;
import io.custodian.datasources.internal.service.Actor;
import io.custodian.datasources.internal.service.KeyRotation;
import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import java.util.List;
import java.util.function.Supplier;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Registered data sources under {@code /api/v1/datasources}: list, register, read, change, remove, connection tests
 * (saved or not), health, the types the running connectors serve, and the master key rotation. Secrets go in and
 * never come out. Every change and refusal is audited by the services.
 */
@Component(service = DataSourceResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/datasources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DataSourceResource {

    private final DataSourceParts parts;

    @Activate
    public DataSourceResource(@Reference DataSourceManager manager) {
        this(manager.parts());
    }

    DataSourceResource(DataSourceParts parts) {
        this.parts = parts;
    }

    /** Every source by id, without secrets. */
    @GET
    @RequiresPermission("datasource.view")
    public List<SourceView> list() {
        return parts.store().list().stream().map(SourceView::of).toList();
    }

    /**
     * Registers a source; with {@code ?test=true} the connection is tried first and nothing is saved if it fails
     * (422 with the diagnosis' code).
     */
    @POST
    @RequiresPermission("datasource.create")
    public SourceView create(@QueryParam("test") String test, SourceBody body) {
        boolean testFirst = Requests.flag("test", test);
        return SourceView.of(translated(() -> parts.registry().create(Requests.draft(body), testFirst, Actor.current())));
    }

    /** The types the running connectors serve, with their settings schemas. */
    @GET
    @Path("/types")
    @RequiresPermission("datasource.view")
    public List<TypeView> types() {
        return parts.connections().types().stream().map(TypeView::of).toList();
    }

    /** Tries settings without saving them. */
    @POST
    @Path("/test")
    @RequiresPermission("datasource.create")
    public TestResultView testUnsaved(TestBody body) {
        return TestResultView.of(translated(() -> parts.connections().testUnsaved(Requests.draft(body), Actor.current())));
    }

    /** One source, without secrets. */
    @GET
    @Path("/{id}")
    @RequiresPermission("datasource.view")
    public SourceView get(@PathParam("id") String id) {
        return SourceView.of(stored(Requests.id(id)));
    }

    /** Changes a source; with {@code ?test=true} the changed connection is tried first. */
    @PUT
    @Path("/{id}")
    @RequiresPermission("datasource.edit")
    public SourceView update(@PathParam("id") String id, @QueryParam("test") String test, SourceBody body) {
        long sourceId = Requests.id(id);
        boolean testFirst = Requests.flag("test", test);
        return SourceView.of(translated(() -> parts.registry().update(sourceId, Requests.changes(body), testFirst,
                Actor.current())));
    }

    /** Removes a source with its secrets and health history. */
    @DELETE
    @Path("/{id}")
    @RequiresPermission("datasource.delete")
    public void delete(@PathParam("id") String id) {
        parts.registry().delete(Requests.id(id), Actor.current());
    }

    /** Tests a source's connection now and records the result as its health. */
    @POST
    @Path("/{id}/test")
    @RequiresPermission("datasource.monitor")
    public TestResultView test(@PathParam("id") String id) {
        long sourceId = Requests.id(id);
        return TestResultView.of(translated(() -> parts.connections().test(sourceId, Actor.current())));
    }

    /** The latest health check and up to {@code limit} (default and most {@value DataSourceStore#HISTORY_KEPT}) earlier ones. */
    @GET
    @Path("/{id}/health")
    @RequiresPermission("datasource.monitor")
    public HealthView health(@PathParam("id") String id, @QueryParam("limit") String limit) {
        StoredSource source = stored(Requests.id(id));
        int count = Requests.limit(limit, DataSourceStore.HISTORY_KEPT);
        return new HealthView(source.id(), source.health(), parts.store().history(source.id(), count));
    }

    /**
     * Replaces the master key and re-encrypts every stored secret under the new one; refused with
     * {@code datasource.master_key_external} when the key comes from the environment.
     */
    @POST
    @Path("/master-key/rotate")
    @RequiresPermission("datasource.security")
    public KeyRotation.Rotated rotateMasterKey() {
        return parts.rotation().rotate(Actor.current());
    }

    private StoredSource stored(long id) {
        return parts.store().find(id).orElseThrow(() -> new CustodianException(DataSourceErrorCode.NOT_FOUND,
                "No data source has the id " + id));
    }

    /** A source that cannot be used answers with its problem (404, 409 or 422), never a 500. */
    private static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataSourceException e) {
            throw Problems.of(e);
        }
    }
}
