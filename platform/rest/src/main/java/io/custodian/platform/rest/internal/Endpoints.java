package io.custodian.platform.rest.internal;

import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import java.lang.reflect.Method;

/** What a matched resource method declares about access. */
final class Endpoints {

    private Endpoints() {
    }

    /** Public: the method, or its class without a method-level permission, is a {@link PublicEndpoint}. */
    static boolean isPublic(Method method, Class<?> type) {
        return method.isAnnotationPresent(PublicEndpoint.class)
                || (type.isAnnotationPresent(PublicEndpoint.class) && !method.isAnnotationPresent(RequiresPermission.class));
    }

    /** The permission the method (or else its class) requires, or null if it declares none. */
    static String declaredPermission(Method method, Class<?> type) {
        RequiresPermission onMethod = method.getAnnotation(RequiresPermission.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresPermission onType = type.getAnnotation(RequiresPermission.class);
        return onType != null ? onType.value() : null;
    }
}
