package io.custodian.platform.access.internal.rest;

import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.service.AccessCheckService;
import io.custodian.platform.access.internal.service.CheckRequest;
import io.custodian.platform.access.internal.service.CheckResponse;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Explains access decisions for administrators, under {@code /api/v1/security/check}. */
@Component(service = CheckResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/security/check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckResource {

    private final AccessCheckService checks;

    @Activate
    public CheckResource(@Reference LiveAccessDecider decider) {
        this(new AccessCheckService(decider));
    }

    CheckResource(AccessCheckService checks) {
        this.checks = checks;
    }

    /** Whether a user would be allowed a permission on a resource now, and which policy decided. */
    @POST
    @RequiresPermission("role.view")
    public CheckResponse check(CheckRequest request) {
        return checks.check(request);
    }
}
