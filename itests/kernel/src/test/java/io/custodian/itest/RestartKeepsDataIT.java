package io.custodian.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the distribution the way a user does ({@code bin/karaf server}), changes state, stops it
 * and starts it again: the state must still be there.
 */
class RestartKeepsDataIT {

    private KarafProcess karaf;

    @Test
    void stopAndStartKeepsUsersAndTheEmbeddedDatabase() throws Exception {
        karaf = KarafProcess.unpack("restart", 18381, 18301);
        Http http = karaf.http();

        karaf.start();
        AdminSession admin = new AdminSession(http, karaf.home().resolve("data"));
        String password = admin.password();
        String dbSecret = Files.readString(karaf.home().resolve("data/custodian/db.secret"));
        karaf.stop();

        karaf.start();
        assertFalse(Files.exists(admin.initialPasswordFile()), "no new one-time password after a restart");
        assertEquals(dbSecret, Files.readString(karaf.home().resolve("data/custodian/db.secret")));
        String token = admin.login(password);
        assertEquals(200, http.get("/api/v1/system", Http.bearer(token)).statusCode());
        karaf.stop();
    }

    @AfterEach
    void killLeftover() {
        if (karaf != null) {
            karaf.close();
        }
    }
}
