package io.custodian.platform.openapi.internal;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

/** Hands out unique operation ids: {@code datasetList} for {@code DatasetResource.list}, then {@code datasetList2}. */
final class OperationIds {

    private static final String SUFFIX = "Resource";

    private final Set<String> used = new HashSet<>();

    String next(Class<?> resourceClass, Method method) {
        String base = base(resourceClass, method);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + n;
        }
        return id;
    }

    static String base(Class<?> resourceClass, Method method) {
        String simple = resourceClass.getSimpleName();
        if (simple.isEmpty()) {
            String name = resourceClass.getName();
            simple = name.substring(name.lastIndexOf('.') + 1).replace('$', '_');
        }
        if (simple.endsWith(SUFFIX)) {
            simple = simple.substring(0, simple.length() - SUFFIX.length());
        }
        if (simple.isEmpty()) {
            return method.getName();
        }
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1)
                + Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
    }
}
