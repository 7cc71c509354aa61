package io.custodian.platform.audit.rest.internal;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditIntegrity;
import io.custodian.platform.audit.api.AuditPage;
import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.api.AuditSearch;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.AuditVerification;
import io.custodian.platform.audit.api.ExportFormat;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/audit}: search, export and verification of the audit trail. */
@Component(service = AuditResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/audit")
public class AuditResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AuditSearch search;
    private final AuditIntegrity integrity;
    private final AuditService audit;
    private final Clock clock;

    @Activate
    public AuditResource(@Reference AuditSearch search, @Reference AuditIntegrity integrity,
                         @Reference AuditService audit) {
        this(search, integrity, audit, Clock.systemUTC());
    }

    AuditResource(AuditSearch search, AuditIntegrity integrity, AuditService audit, Clock clock) {
        this.search = search;
        this.integrity = integrity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Audit records matching the filters, newest first, one page at a time. */
    @GET
    @Path("/events")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("audit.view")
    public AuditEventsPage events(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                  @QueryParam("resource") String resource, @QueryParam("outcome") String outcome,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("limit") String limit, @QueryParam("after") String after) {
        AuditQuery query = AuditParams.query(new AuditParams.Filters(actor, action, resource, outcome, from, to),
                limit, after);
        AuditPage page = search.search(query);
        return new AuditEventsPage(page.items(), page.next() == null ? null : page.next().token());
    }

    /** Every record matching the filters, oldest first, as a CSV or JSON Lines download. The export is audited. */
    @GET
    @Path("/events/export")
    @Produces({CSV, NDJSON})
    @RequiresPermission("audit.view")
    public Response export(@QueryParam("format") String format, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("resource") String resource,
                           @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        ExportFormat exportFormat = AuditParams.format(format);
        AuditParams.Filters filters = new AuditParams.Filters(actor, action, resource, outcome, from, to);
        AuditQuery query = AuditParams.query(filters, null, null);
        recordExport(exportFormat, filters);
        StreamingOutput body = out -> search.export(query, exportFormat, out);
        String file = "custodian-audit-" + FILE_STAMP.format(clock.instant()) + "." + exportFormat.extension();
        return Response.ok(body)
                .type(exportFormat.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    /**
     * Recomputes the hash chain and reports the first broken record. Answers 200 either way: a
     * broken chain is a finding ({@code intact: false}), not a failed request.
     */
    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("audit.view")
    public AuditVerification verify() {
        Caller caller = Caller.current();
        return integrity.verify(caller.actor(), caller.origin());
    }

    private void recordExport(ExportFormat format, AuditParams.Filters filters) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("format", format.extension());
        put(details, "actor", filters.actor());
        put(details, "action", filters.action());
        put(details, "resource", filters.resource());
        put(details, "outcome", filters.outcome());
        put(details, "from", filters.from());
        put(details, "to", filters.to());
        Caller caller = Caller.current();
        audit.record(new AuditEvent(caller.actor(), "audit.export", "audit:trail", Outcome.SUCCESS,
                caller.origin(), details));
    }

    private static void put(Map<String, String> details, String key, String value) {
        if (value != null && !value.isBlank()) {
            details.put(key, value);
        }
    }
}
