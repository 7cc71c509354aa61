package io.custodian.platform.rest.api;

/**
 * How a bundle contributes to the REST API: register a JAX-RS annotated object as an OSGi
 * service with the property {@code osgi.jaxrs.resource=true}. The kernel runtime serves it under
 * {@code /api/v1} while the service is registered and adds it to the OpenAPI document. Every
 * resource method must carry {@link RequiresPermission} or {@link PublicEndpoint}; a method with
 * neither is refused with 403.
 */
public final class RestResources {

    /** Service property that marks a JAX-RS resource (name taken from the OSGi JAX-RS whiteboard). */
    public static final String RESOURCE_PROPERTY = "osgi.jaxrs.resource";

    /** Service property that marks a JAX-RS provider (filter, body reader/writer, exception mapper). */
    public static final String PROVIDER_PROPERTY = "osgi.jaxrs.extension";

    /** Base path of the API. */
    public static final String BASE_PATH = "/api/v1";

    private RestResources() {
    }
}
