package io.custodian.platform.rest.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a caller needs for a resource method (or every method of a class), in the form
 * {@code <domain>.<action>}, for example {@code system.view}. The runtime authenticates the caller
 * and asks the security service before the method runs; no credentials give 401, a refusal 403.
 * The permission also appears in the OpenAPI document as {@code x-custodian-permission}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {
    /** Permission name, {@code <domain>.<action>}. */
    String value();
}
