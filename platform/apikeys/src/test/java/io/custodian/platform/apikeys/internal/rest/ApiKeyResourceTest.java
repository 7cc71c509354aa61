package io.custodian.platform.apikeys.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.apikeys.internal.ApiKeyErrorCode;
import io.custodian.platform.apikeys.internal.ApiKeysKit;
import io.custodian.platform.apikeys.internal.service.ApiKeyBody;
import io.custodian.platform.apikeys.internal.service.IssuedApiKey;
import io.custodian.platform.apikeys.internal.service.RenameBody;
import io.custodian.platform.apikeys.internal.testing.Expect;
import io.custodian.platform.rest.api.ErrorCode;
import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyResourceTest {

    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.of(
            "GET /security/apikeys", "apikey.view",
            "POST /security/apikeys", "apikey.create",
            "PATCH /security/apikeys/{id}", "apikey.edit",
            "POST /security/apikeys/{id}/rotate", "apikey.edit",
            "DELETE /security/apikeys/{id}", "apikey.delete"));

    private ApiKeysKit kit;
    private ApiKeyResource resource;

    @BeforeEach
    void setUp() throws Exception {
        kit = new ApiKeysKit();
        resource = new ApiKeyResource(kit.keys);
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void everyEndpointRequiresItsPermissionAndNoneIsPublic() {
        assertNull(ApiKeyResource.class.getAnnotation(PublicEndpoint.class));
        String base = ApiKeyResource.class.getAnnotation(Path.class).value();
        Map<String, String> declared = new TreeMap<>();
        for (Method method : ApiKeyResource.class.getDeclaredMethods()) {
            String verb = verb(method);
            if (verb == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
            assertNotNull(permission, method.toString());
            declared.put(verb + " " + base + (sub == null ? "" : sub.value()), permission.value());
        }

        assertEquals(EXPECTED, declared);
    }

    @Test
    void theEndpointsManageTheCallersKeys() {
        IssuedApiKey created = resource.create(new ApiKeyBody("ci", List.of("catalog.view"), null));
        resource.rename(created.id(), new RenameBody("deploy"));
        IssuedApiKey rotated = resource.rotate(created.id());
        resource.revoke(created.id());

        assertEquals(List.of("deploy"), resource.list(null, false).stream().map(v -> v.name()).toList());
        assertTrue(kit.registry.authenticate(rotated.key()).isEmpty());
        Expect.problem("apikey.not_found", 404, () -> resource.revoke("ak_nothing"));
    }

    @Test
    void errorCodesAreDottedUniqueAndInTheApiKeyDomain() throws Exception {
        List<String> codes = new ArrayList<>();
        // The codes are constants of a class, not enum values: every public field is one.
        for (Field field : ApiKeyErrorCode.class.getFields()) {
            codes.add(((ErrorCode) field.get(null)).code());
        }

        assertTrue(codes.contains("apikey.caller_required"), codes.toString());

        assertEquals(codes.size(), codes.stream().distinct().count());
        assertTrue(codes.stream().allMatch(c -> c.matches("apikey\\.[a-z_]+")), codes.toString());
        assertEquals(403, ApiKeyErrorCode.SCOPE_EXCEEDS_RIGHTS.status());
        assertEquals(409, ApiKeyErrorCode.DUPLICATE_NAME.status());
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
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }
}
