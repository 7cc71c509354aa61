package io.custodian.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.custodian.itest.plugins.TestMarketplace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the distribution the way a user does ({@code bin/karaf server}), changes state, stops it
 * and starts it again: the state must still be there.
 */
class RestartKeepsDataIT {

    private KarafProcess karaf;

    @Test
    void stopAndStartKeepsUsersTheEmbeddedDatabaseAndInstalledPlugins() throws Exception {
        karaf = KarafProcess.unpack("restart", 18381, 18301);
        Path marketplace = karaf.home().resolve("it-marketplace");
        karaf.useMarketplace(marketplace, TestMarketplace.build(marketplace,
                Path.of(KernelDistribution.required("custodian.itEchoPlugin")),
                Path.of(KernelDistribution.required("custodian.itMisbehavingPlugin"))));
        Http http = karaf.http();

        karaf.start();
        AdminSession admin = new AdminSession(http, karaf.home().resolve("data"));
        String password = admin.password();
        String dbSecret = Files.readString(karaf.home().resolve("data/custodian/db.secret"));
        String bearer = Http.bearer(admin.token());
        assertEquals(200, http.postJson("/api/v1/marketplace/plugins/it-echo/install", bearer,
                "{\"version\":\"1.0.0\",\"grantScopes\":[\"samples.read\"]}").statusCode());
        assertEquals(200, http.postJson("/api/v1/marketplace/plugins/it-echo/upgrade", bearer,
                "{\"version\":\"1.1.0\",\"grantScopes\":[]}").statusCode());
        assertEquals(200, http.postJson("/api/v1/marketplace/plugins/it-misbehaving/install", bearer,
                "{\"grantScopes\":[]}").statusCode());
        assertEquals(200, http.postJson("/api/v1/plugins/it-misbehaving/stop", bearer, "{}").statusCode());
        karaf.stop();

        karaf.start();
        assertFalse(Files.exists(admin.initialPasswordFile()), "no new one-time password after a restart");
        assertEquals(dbSecret, Files.readString(karaf.home().resolve("data/custodian/db.secret")));
        String token = admin.login(password);
        assertEquals(200, http.get("/api/v1/system", Http.bearer(token)).statusCode());
        JsonNode echo = Http.json(http.get("/api/v1/plugins/it-echo", Http.bearer(token)));
        assertEquals("STARTED", echo.get("state").asText(), echo.toString());
        assertEquals("1.1.0", echo.get("version").asText(), echo.toString());
        assertEquals("1.0.0", echo.get("previousVersion").asText(), "the rollback target survives too");
        JsonNode misbehaving = Http.json(http.get("/api/v1/plugins/it-misbehaving", Http.bearer(token)));
        assertEquals("STOPPED", misbehaving.get("state").asText(), "a stopped plugin stays stopped");
        karaf.stop();
    }

    @AfterEach
    void killLeftover() {
        if (karaf != null) {
            karaf.close();
        }
    }
}
