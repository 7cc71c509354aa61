package io.custodian.platform.access.internal.service;

import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.ResourceRef;
import java.util.Collection;
import java.util.Map;

/** Explains access decisions to administrators, without changing anything. */
public final class AccessCheckService {

    private final LiveAccessDecider decider;

    public AccessCheckService(LiveAccessDecider decider) {
        this.decider = decider;
    }

    public CheckResponse check(CheckRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "a JSON object is required");
            errors.throwIfAny("The check");
        }
        if (Fields.blank(request.user())) {
            errors.add("user", "required");
        }
        Permission permission = null;
        try {
            permission = Permission.parse(request.permission() == null ? null : request.permission().trim());
        } catch (IllegalArgumentException e) {
            errors.add("permission", "<domain>.<action>[:<resource>] without wildcards, for example datasource.scan:42");
        }
        ResourceRef resource = resource(request.resource(), permission, errors);
        errors.throwIfAny("The check");
        LiveAccessDecider.Explanation explanation =
                decider.explain(request.user().trim(), permission, resource, request.clientIp());
        return new CheckResponse(explanation.decision().allowed(), explanation.decision().decidedBy(),
                explanation.decision().reason(), explanation.effectiveRoles());
    }

    /** Without a resource, a permission's resource part ({@code datasource.scan:42}) names it. */
    private static ResourceRef resource(CheckRequest.Resource given, Permission permission, FieldErrors errors) {
        if (given == null) {
            return permission == null || permission.resourceId() == null
                    ? ResourceRef.NONE : new ResourceRef(permission.resourceId(), Map.of());
        }
        Map<String, Object> attributes = given.attributes() == null ? Map.of() : given.attributes();
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            if (!plain(e.getValue())) {
                errors.add("resource.attributes." + e.getKey(),
                        "must be a string, number, boolean or a list of them");
            }
        }
        String id = Fields.blank(given.id()) && permission != null ? permission.resourceId() : given.id();
        return errors.isEmpty() ? new ResourceRef(id, attributes) : ResourceRef.NONE;
    }

    private static boolean plain(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().allMatch(item -> item != null && !(item instanceof Collection) && plain(item));
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
