package io.custodian.platform.openapi.internal;

import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

/**
 * The access rule of an operation, read like the runtime enforces it: a method-level
 * {@link RequiresPermission} or {@link PublicEndpoint} wins over a class-level one; with both on
 * the same element the permission wins (the safe reading).
 *
 * @param permission   the required permission, if any
 * @param publicReason why the operation is public, if it is
 */
record Access(Optional<String> permission, Optional<String> publicReason) {

    static final Access UNDECLARED = new Access(Optional.empty(), Optional.empty());

    static Access of(ResourceOperation operation) {
        return first(operation.method(), operation.annotated(), operation.resourceClass(), operation.pathClass());
    }

    boolean isPublic() {
        return permission.isEmpty() && publicReason.isPresent();
    }

    private static Access first(AnnotatedElement... elements) {
        for (AnnotatedElement element : elements) {
            RequiresPermission permission = element.getAnnotation(RequiresPermission.class);
            if (permission != null) {
                return new Access(Optional.of(permission.value()), Optional.empty());
            }
            PublicEndpoint open = element.getAnnotation(PublicEndpoint.class);
            if (open != null) {
                return new Access(Optional.empty(), Optional.of(open.value()));
            }
        }
        return UNDECLARED;
    }
}
