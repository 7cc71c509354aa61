package io.custodian.platform.access.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** Every endpoint under /security declares the permission the access-control design assigns to it. */
class ResourceDeclarationsTest {

    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /security/roles", "role.view"),
            Map.entry("POST /security/roles", "role.create"),
            Map.entry("GET /security/roles/{name}", "role.view"),
            Map.entry("PUT /security/roles/{name}", "role.edit"),
            Map.entry("DELETE /security/roles/{name}", "role.delete"),
            Map.entry("GET /security/policies", "role.view"),
            Map.entry("POST /security/policies", "role.create"),
            Map.entry("GET /security/policies/{id}", "role.view"),
            Map.entry("PUT /security/policies/{id}", "role.edit"),
            Map.entry("DELETE /security/policies/{id}", "role.delete"),
            Map.entry("GET /security/grants", "role.view"),
            Map.entry("POST /security/grants", "role.grant"),
            Map.entry("DELETE /security/grants/{id}", "role.grant"),
            Map.entry("GET /security/delegations", "delegation.view"),
            Map.entry("POST /security/delegations", "delegation.create"),
            Map.entry("DELETE /security/delegations/{id}", "delegation.delete"),
            Map.entry("GET /security/permissions", "role.view"),
            Map.entry("POST /security/check", "role.view")));

    @Test
    void everyEndpointRequiresItsPermissionAndNoneIsPublic() {
        Map<String, String> declared = new TreeMap<>();
        for (Class<?> type : new Class<?>[] {RoleResource.class, PolicyResource.class, GrantResource.class,
                DelegationResource.class, PermissionResource.class, CheckResource.class}) {
            assertNull(type.getAnnotation(PublicEndpoint.class), type.getName());
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
                assertNotNull(permission, method.toString());
                assertNull(method.getAnnotation(PublicEndpoint.class), method.toString());
                declared.put(verb + " " + base + (sub == null ? "" : sub.value()), permission.value());
            }
        }

        assertEquals(EXPECTED, declared);
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }
}
