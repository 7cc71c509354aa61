package io.custodian.platform.openapi.internal;

import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the OpenAPI document of the resources registered right now, and the Swagger UI.
 *
 * <p>Access: the document describes every operation and permission of the instance, so it
 * requires authentication and {@value #DOCUMENT_PERMISSION}, like every endpoint but health and
 * login. The Swagger UI page and its static files carry no data and are public; when the page
 * fetches the document, the runtime's 401 with {@code WWW-Authenticate: Basic} makes the browser
 * ask for credentials. The page loads its initializer from a file, not an inline script, so a
 * strict Content-Security-Policy can stay on.
 *
 * <p>Registered under {@code java.lang.Object} with {@code osgi.jaxrs.resource=true}, so both a
 * filter-only tracker and a DS reference to {@code Object} find it.
 */
@Component(service = Object.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/")
public class OpenApiResource {

    static final String DOCUMENT_PERMISSION = "system.view";
    private static final String ASSETS_ARE_PUBLIC = "static Swagger UI assets, no data";
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private volatile DocumentCache cache;
    private volatile SwaggerUiAssets assets;
    private volatile ResourceTracker tracker;

    /** For Declarative Services. */
    public OpenApiResource() {
    }

    /** For tests: a fixed document source and asset loader. */
    OpenApiResource(DocumentCache cache, SwaggerUiAssets assets) {
        this.cache = cache;
        this.assets = assets;
    }

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        OpenApiGenerator generator = new OpenApiGenerator(context.getBundle().getVersion().toString());
        assets = new SwaggerUiAssets(OpenApiResource.class.getClassLoader());
        DocumentCache documents = new DocumentCache(() -> generator.generateJson(resourceClasses()));
        tracker = new ResourceTracker(context, documents::invalidate);
        cache = documents;
        tracker.open();
        LOG.info("Serving the OpenAPI document at {}/openapi.json and Swagger UI at {}/docs",
                RestResources.BASE_PATH, RestResources.BASE_PATH);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** The OpenAPI 3.0.3 document; answers 304 when the caller already has this version. */
    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(DOCUMENT_PERMISSION)
    public Response document(@Context Request request) {
        DocumentCache.Document document = cache.get();
        EntityTag tag = new EntityTag(document.etag());
        Response.ResponseBuilder notModified = request == null ? null : request.evaluatePreconditions(tag);
        CacheControl revalidate = new CacheControl();
        revalidate.setPrivate(true);
        revalidate.setNoCache(true);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(revalidate).build();
        }
        return Response.ok(document.json(), MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(revalidate).build();
    }

    /** The Swagger UI page, pointing at the document. */
    @GET
    @Path("docs")
    @Produces(MediaType.TEXT_HTML)
    @PublicEndpoint(ASSETS_ARE_PUBLIC)
    public Response page() {
        return asset(SwaggerUiAssets.PAGE);
    }

    /** A Swagger UI file; only a fixed list of names is served, anything else is 404. */
    @GET
    @Path("docs/{file}")
    @Produces({"text/javascript", "text/css", "image/png", MediaType.TEXT_HTML})
    @PublicEndpoint(ASSETS_ARE_PUBLIC)
    public Response asset(@PathParam("file") String file) {
        SwaggerUiAssets.Asset asset = assets.find(file).orElseThrow(() -> new CustodianException(
                OpenApiErrorCode.ASSET_NOT_FOUND, "No documentation file of that name."));
        return Response.ok(asset.content(), asset.contentType())
                .header("Cache-Control", "public, max-age=3600")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private List<Class<?>> resourceClasses() {
        List<Class<?>> classes = new ArrayList<>(tracker.resourceClasses());
        classes.add(OpenApiResource.class);
        return classes;
    }
}
