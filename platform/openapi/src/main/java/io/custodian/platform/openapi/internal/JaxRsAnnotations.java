package io.custodian.platform.openapi.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

/**
 * Reads JAX-RS annotations the way the runtime applies them, including JAX-RS 2.1 §3.6
 * annotation inheritance: a method without JAX-RS annotations takes them from the same method
 * of a superclass or interface.
 */
final class JaxRsAnnotations {

    static final String DEFAULT_MEDIA_TYPE = "application/json";

    private JaxRsAnnotations() {
    }

    /** The class that carries the root {@code @Path}: the class itself, a superclass or an interface. */
    static Optional<Class<?>> pathClass(Class<?> type) {
        if (type == null || type == Object.class) {
            return Optional.empty();
        }
        if (type.isAnnotationPresent(Path.class)) {
            return Optional.of(type);
        }
        for (Class<?> candidate : supertypes(type)) {
            Optional<Class<?>> found = pathClass(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The method whose annotations apply: {@code method} itself, or the one it inherits them from. */
    static Method annotatedMethod(Class<?> type, Method method) {
        if (hasJaxRsAnnotations(method)) {
            return method;
        }
        Optional<Method> inherited = inheritedAnnotatedMethod(type, method);
        return inherited.orElse(method);
    }

    /** The HTTP method designated by an annotation meta-annotated with {@code @HttpMethod}. */
    static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return Optional.of(designator.value());
            }
        }
        return Optional.empty();
    }

    /** Media types from method-level, else class-level {@code @Produces}; application/json by default. */
    static List<String> produces(Method method, Class<?> pathClass) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = pathClass.getAnnotation(Produces.class);
        }
        return produces == null ? List.of(DEFAULT_MEDIA_TYPE) : split(produces.value());
    }

    /** Media types from method-level, else class-level {@code @Consumes}; application/json by default. */
    static List<String> consumes(Method method, Class<?> pathClass) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = pathClass.getAnnotation(Consumes.class);
        }
        return consumes == null ? List.of(DEFAULT_MEDIA_TYPE) : split(consumes.value());
    }

    private static List<String> split(String[] values) {
        // JAX-RS allows "a/b, c/d" in one value.
        List<String> types = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String type = part.trim();
                if (!type.isEmpty() && !types.contains(type)) {
                    types.add(type);
                }
            }
        }
        return types.isEmpty() ? List.of(DEFAULT_MEDIA_TYPE) : types;
    }

    private static Optional<Method> inheritedAnnotatedMethod(Class<?> type, Method method) {
        for (Class<?> candidate : supertypes(type)) {
            try {
                Method declared = candidate.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (hasJaxRsAnnotations(declared)) {
                    return Optional.of(declared);
                }
            } catch (NoSuchMethodException e) {
                // not declared here; keep looking further up
            }
            Optional<Method> further = inheritedAnnotatedMethod(candidate, method);
            if (further.isPresent()) {
                return further;
            }
        }
        return Optional.empty();
    }

    private static boolean hasJaxRsAnnotations(Method method) {
        if (Arrays.stream(method.getAnnotations()).anyMatch(JaxRsAnnotations::isJaxRs)) {
            return true;
        }
        for (Annotation[] parameter : method.getParameterAnnotations()) {
            if (Arrays.stream(parameter).anyMatch(JaxRsAnnotations::isJaxRs)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJaxRs(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return type.getName().startsWith("javax.ws.rs.") || type.isAnnotationPresent(HttpMethod.class);
    }

    private static List<Class<?>> supertypes(Class<?> type) {
        List<Class<?>> result = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            result.add(type.getSuperclass());
        }
        result.addAll(Arrays.asList(type.getInterfaces()));
        return result;
    }
}
