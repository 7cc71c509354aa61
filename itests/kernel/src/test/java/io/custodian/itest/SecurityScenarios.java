package io.custodian.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Security flows a user goes through over HTTP against the booted distribution: creating a user,
 * granting roles, API keys. Each scenario uses its own user names so they can run in any order.
 */
final class SecurityScenarios {

    private final Http http;
    private final String admin;

    /** @param admin Authorization header of the administrator */
    SecurityScenarios(Http http, String admin) {
        this.http = http;
        this.admin = admin;
    }

    /** Creates a user and signs them in (replacing the temporary password); returns their Basic header. */
    String newUser(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = "temporary-" + UUID.randomUUID();
        HttpResponse<String> created = http.postJson("/api/v1/security/users", admin,
                "{\"username\":\"" + name + "\",\"password\":\"" + temporary + "\"}");
        assertEquals(created.body(), 200, created.statusCode());
        String password = "chosen-" + UUID.randomUUID();
        HttpResponse<String> changed = http.postJson("/api/v1/auth/password", Http.basic(name, temporary),
                "{\"oldPassword\":\"" + temporary + "\",\"newPassword\":\"" + password + "\"}");
        assertEquals(changed.body(), 2, changed.statusCode() / 100);
        return Http.basic(name, password);
    }

    /** The user name inside a Basic header made by {@link #newUser}. */
    static String nameOf(String basic) {
        String decoded = new String(java.util.Base64.getDecoder().decode(basic.substring("Basic ".length())),
                java.nio.charset.StandardCharsets.UTF_8);
        return decoded.substring(0, decoded.indexOf(':'));
    }

    void grant(String user, String role) {
        HttpResponse<String> granted = http.postJson("/api/v1/security/grants", admin,
                "{\"principal\":\"user:" + user + "\",\"role\":\"" + role + "\"}");
        assertEquals(granted.body(), 200, granted.statusCode());
    }

    /** Creates an API key for the user behind {@code owner}; returns the key text, shown only once. */
    String apiKey(String owner, String scopesJson) {
        HttpResponse<String> created = http.postJson("/api/v1/security/apikeys", owner,
                "{\"name\":\"it-" + UUID.randomUUID() + "\",\"scopes\":" + scopesJson + "}");
        assertEquals(created.body(), 200, created.statusCode());
        JsonNode body = Http.json(created);
        assertTrue(body.toString(), body.get("key").asText().startsWith("cust_"));
        return body.get("key").asText();
    }

    String idOf(String key, String owner) {
        JsonNode keys = Http.json(http.get("/api/v1/security/apikeys", owner));
        for (JsonNode k : keys.isArray() ? keys : keys.path("items")) {
            if (key.startsWith(k.get("prefix").asText())) {
                return k.get("id").asText();
            }
        }
        throw new AssertionError("key not listed: " + keys);
    }
}
