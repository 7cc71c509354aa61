package io.custodian.platform.openapi.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

/**
 * Honours the two Jackson annotations that change a property's JSON shape, {@code @JsonIgnore}
 * and {@code @JsonProperty}. They are matched by name so resource bundles need not share this
 * bundle's jackson-annotations wiring, and a bundle that does not use Jackson costs nothing.
 */
final class JacksonNames {

    private static final String IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
    private static final String PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";

    private JacksonNames() {
    }

    static boolean ignored(AnnotatedElement... elements) {
        for (AnnotatedElement element : elements) {
            Optional<Object> value = find(element, IGNORE).map(JacksonNames::value);
            if (value.isPresent() && Boolean.TRUE.equals(value.get())) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> renamed(AnnotatedElement... elements) {
        for (AnnotatedElement element : elements) {
            Optional<Object> value = find(element, PROPERTY).map(JacksonNames::value);
            if (value.isPresent() && value.get() instanceof String name && !name.isEmpty()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static Optional<Annotation> find(AnnotatedElement element, String typeName) {
        if (element == null) {
            return Optional.empty();
        }
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals(typeName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    private static Object value(Annotation annotation) {
        try {
            return annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
