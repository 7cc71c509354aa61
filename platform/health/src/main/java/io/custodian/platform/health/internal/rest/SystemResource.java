package io.custodian.platform.health.internal.rest;

import io.custodian.platform.health.internal.SystemFacts;
import io.custodian.platform.rest.api.RequiresPermission;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code GET /api/v1/system}: version, uptime, installed features and bundles. */
@Component(service = SystemResource.class, property = "osgi.jaxrs.resource=true")
@Path("/system")
public class SystemResource {

    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeaturesService features;

    @Activate
    public SystemResource(BundleContext context) {
        this.context = context;
    }

    /** Facts about this Custodian instance. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("system.view")
    public SystemInfo system() {
        return SystemFacts.collect(context, features);
    }
}
