package io.custodian.platform.openapi.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.BeanParam;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;

/** Sorts a resource method's parameters into OpenAPI parameters, form fields and the entity. */
final class ParameterReader {

    /**
     * A parameter bound from the request.
     *
     * @param in           {@code path}, {@code query}, {@code header}, {@code cookie} or {@code form}
     * @param name         the bound name
     * @param type         its Java type
     * @param defaultValue the {@code @DefaultValue}, if any
     */
    record Bound(String in, String name, Type type, Optional<String> defaultValue) {
    }

    /**
     * @param bound  parameters bound by annotation, in declaration order
     * @param entity the type of the single un-annotated parameter, the request body
     */
    record Parameters(List<Bound> bound, Optional<Type> entity) {
    }

    private ParameterReader() {
    }

    static Parameters read(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        Type[] types = method.getGenericParameterTypes();
        // Inner-class constructors aside, both arrays line up for methods; guard anyway.
        int count = Math.min(annotations.length, types.length);
        List<Bound> bound = new ArrayList<>();
        Optional<Type> entity = Optional.empty();
        for (int i = 0; i < count; i++) {
            Optional<Bound> parameter = bound(annotations[i], types[i]);
            if (parameter.isPresent()) {
                bound.add(parameter.get());
            } else if (!injected(annotations[i]) && entity.isEmpty()) {
                entity = Optional.of(types[i]);
            }
        }
        return new Parameters(bound, entity);
    }

    private static Optional<Bound> bound(Annotation[] annotations, Type type) {
        Optional<String> defaultValue = Optional.empty();
        String in = null;
        String name = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                in = "path";
                name = p.value();
            } else if (annotation instanceof QueryParam q) {
                in = "query";
                name = q.value();
            } else if (annotation instanceof HeaderParam h) {
                in = "header";
                name = h.value();
            } else if (annotation instanceof CookieParam c) {
                in = "cookie";
                name = c.value();
            } else if (annotation instanceof FormParam f) {
                in = "form";
                name = f.value();
            } else if (annotation instanceof DefaultValue d) {
                defaultValue = Optional.of(d.value());
            }
        }
        return in == null ? Optional.empty() : Optional.of(new Bound(in, name, type, defaultValue));
    }

    /** Parameters the runtime fills itself, or that OpenAPI 3.0 cannot express (matrix, bean). */
    private static boolean injected(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Context || annotation instanceof Suspended || annotation instanceof MatrixParam
                    || annotation instanceof BeanParam) {
                return true;
            }
        }
        return false;
    }
}
