package io.custodian.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The first-start flow a new administrator goes through: read the one-time password from the
 * data directory, log in, replace the password, log in again. Done once per running distribution.
 */
public final class AdminSession {

    private final Http http;
    private final Path dataDir;
    private String password;
    private String token;

    public AdminSession(Http http, Path dataDir) {
        this.http = http;
        this.dataDir = dataDir;
    }

    public Path initialPasswordFile() {
        return dataDir.resolve("custodian/initial-admin-password");
    }

    /** A bearer token of the admin, replacing the one-time password on first use. */
    public synchronized String token() {
        if (token == null) {
            String initial = readInitialPassword();
            String first = login(initial);
            password = "it-" + UUID.randomUUID();
            HttpResponse<String> changed = http.postJson("/api/v1/auth/password", Http.bearer(first),
                    "{\"oldPassword\":\"" + initial + "\",\"newPassword\":\"" + password + "\"}");
            assertEquals(changed.body(), 2, changed.statusCode() / 100);
            assertFalse("one-time password file is deleted once replaced", Files.exists(initialPasswordFile()));
            token = login(password);
        }
        return token;
    }

    public String password() {
        token();
        return password;
    }

    public String login(String secret) {
        HttpResponse<String> response = http.postJson("/api/v1/auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + secret + "\"}");
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response).get("token").asText();
    }

    private String readInitialPassword() {
        try {
            return Files.readString(initialPasswordFile()).trim();
        } catch (IOException e) {
            throw new AssertionError("no one-time password at " + initialPasswordFile(), e);
        }
    }
}
