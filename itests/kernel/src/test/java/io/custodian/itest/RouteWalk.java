package io.custodian.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walks every operation of the live OpenAPI document, so routes added by later bundles are
 * covered without touching this test: without credentials each protected operation answers 401;
 * for a user holding no role, 403 (unless it only needs {@code session.self}); for the
 * administrator, neither. Calls use HTTP Basic: a walk over {@code /auth/logout} must not end
 * the session the walk itself uses. Path parameters get placeholder values, bodies are {@code {}},
 * so nothing is changed by the administrator's calls (they end in 400 or 404).
 */
final class RouteWalk {

    private static final String PERMISSION = "x-custodian-permission";
    private static final String PUBLIC = "x-custodian-public";

    private final Http http;
    private final String admin;
    private final String noRoles;

    /** @param admin and noRoles: Authorization header values */
    RouteWalk(Http http, String admin, String noRoles) {
        this.http = http;
        this.admin = admin;
        this.noRoles = noRoles;
    }

    /** @return the "METHOD path" of every operation walked */
    List<String> walk() {
        JsonNode paths = Http.json(http.get("/api/v1/openapi.json", admin)).get("paths");
        List<String> walked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                check(method, "/api/v1" + concrete(path.getKey()), op.getValue());
                walked.add(method + " " + path.getKey());
            }
        }
        return walked;
    }

    private void check(String method, String path, JsonNode operation) {
        String what = method + " " + path;
        if (operation.has(PUBLIC)) {
            int anonymous = call(method, path, operation, null).statusCode();
            assertTrue(what + " is public but answered " + anonymous, anonymous != 401 && anonymous != 403);
            return;
        }
        String permission = operation.path(PERMISSION).asText("");
        assertNotEquals(what + " declares no permission", "", permission);
        HttpResponse<String> anonymous = call(method, path, operation, null);
        assertEquals(what + " without credentials: " + anonymous.body(), 401, anonymous.statusCode());
        int unprivileged = call(method, path, operation, noRoles).statusCode();
        if ("session.self".equals(permission)) {
            assertTrue(what + " (session.self) refused a signed-in user: " + unprivileged,
                    unprivileged != 401 && unprivileged != 403);
        } else {
            assertEquals(what + " needs " + permission + " but a user without roles got " + unprivileged,
                    403, unprivileged);
        }
        HttpResponse<String> privileged = call(method, path, operation, admin);
        assertTrue(what + " refused the administrator: " + privileged.statusCode() + " " + privileged.body(),
                privileged.statusCode() != 401 && privileged.statusCode() != 403);
    }

    /**
     * Sends an empty body of the media type the operation declares (JSON unless the document says otherwise), so
     * the walk reaches the authentication check rather than content negotiation.
     */
    private HttpResponse<String> call(String method, String path, JsonNode operation, String authorization) {
        boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        if (!withBody) {
            return http.send(method, path, authorization, null, null);
        }
        Iterator<String> declared = operation.path("requestBody").path("content").fieldNames();
        String mediaType = declared.hasNext() ? declared.next() : "application/json";
        if (mediaType.startsWith("multipart/")) {
            return http.send(method, path, authorization, mediaType + "; boundary=walk", "--walk--\r\n");
        }
        return http.send(method, path, authorization, "application/json", "{}");
    }

    /** Placeholders that exist nowhere, so calls with them change nothing. */
    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", "walk-placeholder");
    }
}
