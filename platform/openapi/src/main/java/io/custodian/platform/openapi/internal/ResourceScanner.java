package io.custodian.platform.openapi.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the HTTP operations of a root resource class. */
final class ResourceScanner {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceScanner.class);

    private ResourceScanner() {
    }

    /** The operations of {@code resourceClass}, in a stable order; empty if it has no root {@code @Path}. */
    static List<ResourceOperation> scan(Class<?> resourceClass) {
        Optional<Class<?>> pathClass = JaxRsAnnotations.pathClass(resourceClass);
        if (pathClass.isEmpty()) {
            LOG.debug("{} has no @Path; not a root resource", resourceClass.getName());
            return List.of();
        }
        String classPath = pathClass.get().getAnnotation(Path.class).value();
        List<ResourceOperation> operations = new ArrayList<>();
        for (Method method : sortedPublicMethods(resourceClass)) {
            Method annotated = JaxRsAnnotations.annotatedMethod(resourceClass, method);
            Optional<String> httpMethod = JaxRsAnnotations.httpMethod(annotated);
            Path methodPath = annotated.getAnnotation(Path.class);
            if (httpMethod.isEmpty()) {
                if (methodPath != null) {
                    // Sub-resource locators return objects resolved at request time: nothing static to describe.
                    LOG.debug("Skipping sub-resource locator {}.{}", resourceClass.getName(), method.getName());
                }
                continue;
            }
            PathTemplate path = PathTemplate.join(classPath, methodPath == null ? null : methodPath.value());
            operations.add(new ResourceOperation(
                    resourceClass, pathClass.get(), method, annotated, httpMethod.get().toUpperCase(), path));
        }
        return operations;
    }

    private static List<Method> sortedPublicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> !m.isBridge() && !m.isSynthetic() && m.getDeclaringClass() != Object.class)
                .sorted(Comparator.comparing(Method::getName)
                        .thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .toList();
    }
}
