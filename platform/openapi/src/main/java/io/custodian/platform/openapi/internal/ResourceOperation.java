package io.custodian.platform.openapi.internal;

import java.lang.reflect.Method;

/**
 * One HTTP operation found on a resource class.
 *
 * @param resourceClass the registered class
 * @param pathClass     the class (or interface) that carries the root {@code @Path}
 * @param method        the public method of the resource class
 * @param annotated     the method whose JAX-RS annotations apply (itself or an inherited declaration)
 * @param httpMethod    upper-case HTTP method
 * @param path          the joined path
 */
record ResourceOperation(
        Class<?> resourceClass, Class<?> pathClass, Method method, Method annotated, String httpMethod,
        PathTemplate path) {
}
