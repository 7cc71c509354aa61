package io.custodian.platform.access.internal.rest;

import io.custodian.platform.access.internal.catalog.PermissionCatalog;
import io.custodian.platform.authz.api.PermissionInfo;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The permissions every running bundle registered, under {@code /api/v1/security/permissions}. */
@Component(service = PermissionResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/security/permissions")
@Produces(MediaType.APPLICATION_JSON)
public class PermissionResource {

    private final PermissionCatalog catalog;

    @Activate
    public PermissionResource(@Reference PermissionCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every registered permission with its description, sorted by name. */
    @GET
    @RequiresPermission("role.view")
    public List<PermissionInfo> list() {
        return catalog.permissions();
    }
}
