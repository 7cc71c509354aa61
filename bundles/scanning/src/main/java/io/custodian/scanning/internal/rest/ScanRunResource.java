package io.custodian.scanning.internal.rest;

import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.internal.ScanningHost;
import io.custodian.scanning.internal.definition.FieldErrors;
import io.custodian.scanning.internal.run.ActiveRunHandle;
import io.custodian.scanning.internal.run.RunService;
import io.custodian.scanning.internal.store.RunError;
import io.custodian.scanning.internal.store.RunPage;
import io.custodian.scanning.internal.store.RunQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scan runs under {@code /api/v1/scans/runs}: the history with filters and cursor paging, one run (live while it
 * runs), its errors, cancel, and its progress as server-sent events.
 */
@Component(service = ScanRunResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/scans/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScanRunResource {

    private final RunService runs;
    private final RunEventStreams streams;

    @Activate
    public ScanRunResource(@Reference ScanningHost host) {
        this(host.runs(), host.timers());
    }

    ScanRunResource(RunService runs, ScheduledExecutorService timers) {
        this.runs = runs;
        this.streams = new RunEventStreams(timers, runs::find,
                id -> runs.active(id).map(ActiveRunHandle::finished));
    }

    /** Runs, newest first, optionally of one definition, source or status; {@code next} is the cursor for {@code after}. */
    @GET
    @RequiresPermission("scan_logic.view")
    public RunPage list(@QueryParam("definitionId") String definitionId, @QueryParam("sourceId") String sourceId,
                        @QueryParam("status") String status, @QueryParam("after") String after,
                        @QueryParam("limit") String limit) {
        FieldErrors errors = new FieldErrors();
        Long definition = id("definitionId", definitionId, errors);
        Long source = id("sourceId", sourceId, errors);
        ScanStatus wanted = status(status, errors);
        int size = limit(limit, errors);
        if (after != null && !after.matches("[0-9]{1,19}~[0-9a-fA-F-]{1,36}")) {
            errors.add("after", "the next cursor of a previous page");
        }
        errors.throwIfAny("The query");
        return runs.page(new RunQuery(definition, source, wanted, after, size));
    }

    /** One run, live while it runs. */
    @GET
    @Path("/{id}")
    @RequiresPermission("scan_logic.view")
    public ScanRun get(@PathParam("id") String id) {
        return runs.get(id);
    }

    /** The objects the run could not read or store. */
    @GET
    @Path("/{id}/errors")
    @RequiresPermission("scan_logic.view")
    public RunErrorList errors(@PathParam("id") String id) {
        ScanRun run = runs.get(id);
        List<RunError> stored = runs.errors(id);
        long total = Math.max(run.counts().errors(), stored.size());
        return new RunErrorList(stored, total, total > stored.size());
    }

    /** Asks the run to stop at its next element; it ends CANCELLED and removes nothing from the catalog. */
    @POST
    @Path("/{id}/cancel")
    @RequiresPermission("scan_logic.execute")
    public ScanRun cancel(@PathParam("id") String id) {
        return runs.cancel(id, true);
    }

    /**
     * The run's progress as server-sent events: "progress" at once and on each change (at most every 250 ms), then
     * one "completed", "failed" or "cancelled" event, then the stream closes.
     */
    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RequiresPermission("scan_logic.view")
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        streams.open(runs.get(id), sink, sse);
    }

    private static Long id(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "a number");
            return null;
        }
    }

    private static ScanStatus status(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ScanStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("status", "one of " + Arrays.toString(ScanStatus.values()));
            return null;
        }
    }

    private static int limit(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return RunQuery.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= RunQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("limit", "between 1 and " + RunQuery.MAX_LIMIT);
        return RunQuery.DEFAULT_LIMIT;
    }
}
