package io.custodian.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the distribution the way a user does ({@code bin/karaf server}), changes state, stops it
 * and starts it again: the state must still be there.
 */
class RestartKeepsDataIT {

    private static final int PORT = 18381;
    private Process karaf;

    @Test
    void stopAndStartKeepsUsersAndTheEmbeddedDatabase() throws Exception {
        Path home = unpack();
        Http http = new Http(PORT);

        start(home);
        AdminSession admin = new AdminSession(http, home.resolve("data"));
        String password = admin.password();
        String dbSecret = Files.readString(home.resolve("data/custodian/db.secret"));
        stop();

        start(home);
        assertFalse(Files.exists(admin.initialPasswordFile()), "no new one-time password after a restart");
        assertEquals(dbSecret, Files.readString(home.resolve("data/custodian/db.secret")));
        String token = admin.login(password);
        assertEquals(200, http.get("/api/v1/system", Http.bearer(token)).statusCode());
        stop();
    }

    @AfterEach
    void killLeftover() {
        if (karaf != null) {
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly();
        }
    }

    private void start(Path home) throws IOException {
        try (Socket taken = new Socket("127.0.0.1", PORT)) {
            throw new IllegalStateException("port " + PORT + " is already in use by another process");
        } catch (ConnectException free) {
            // expected: nothing listens there yet
        }
        karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .start();
        new Http(PORT).awaitGet("/api/v1/health", null, r -> r.statusCode() == 200, Duration.ofSeconds(120));
    }

    private void stop() {
        // bin/karaf is a shell script that runs the JVM as its child: stop the JVM (SIGTERM, so
        // Karaf stops the framework in order, as on Ctrl-C), then wait for every process to end.
        List<ProcessHandle> processes = karaf.descendants().collect(Collectors.toList());
        processes.add(karaf.toHandle());
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        }
    }

    private static Path unpack() throws IOException, InterruptedException {
        Path work = Path.of(KernelDistribution.required("custodian.itWork"), "restart");
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        Files.createDirectories(work);
        Process tar = new ProcessBuilder("tar", "-xzf", KernelDistribution.required("custodian.distribution"),
                "-C", work.toString(), "--strip-components=1").inheritIO().start();
        assertEquals(0, tar.waitFor());
        edit(work.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = 8181", "org.osgi.service.http.port = " + PORT);
        edit(work.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = 18301");
        edit(work.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort = 1099", "rmiRegistryPort = 11299");
        edit(work.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort = 44444", "rmiServerPort = 44644");
        return work;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to));
    }
}
