package io.custodian.platform.rest.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that answers without authentication (health, login). Use sparingly:
 * every other endpoint requires authentication and a permission.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {
    /** Why the endpoint must be open; shown in the OpenAPI document. */
    String value();
}
