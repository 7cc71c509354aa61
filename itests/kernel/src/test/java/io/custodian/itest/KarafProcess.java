package io.custodian.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The distribution run the way a user runs it: unpacked from the built archive and started with
 * {@code bin/karaf server} as a separate process, on its own HTTP and SSH ports.
 */
final class KarafProcess implements AutoCloseable {

    private final Path home;
    private final int httpPort;
    private Process karaf;

    private KarafProcess(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks a fresh copy under the IT work folder {@code name}, set to listen on {@code httpPort}. */
    static KarafProcess unpack(String name, int httpPort, int sshPort) throws IOException, InterruptedException {
        Path work = Path.of(KernelDistribution.required("custodian.itWork"), name);
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        Files.createDirectories(work);
        Process tar = new ProcessBuilder("tar", "-xzf", KernelDistribution.required("custodian.distribution"),
                "-C", work.toString(), "--strip-components=1").inheritIO().start();
        assertEquals(0, tar.waitFor());
        edit(work.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = 8181",
                "org.osgi.service.http.port = " + httpPort);
        edit(work.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = " + sshPort);
        return new KarafProcess(work, httpPort);
    }

    Path home() {
        return home;
    }

    Http http() {
        return new Http(httpPort);
    }

    /** Starts it and waits until {@code /api/v1/health} answers 200. Refuses a port already taken. */
    void start() throws IOException {
        try (Socket taken = new Socket("127.0.0.1", httpPort)) {
            throw new IllegalStateException("port " + httpPort + " is already in use by another process");
        } catch (ConnectException free) {
            // expected: nothing listens there yet
        }
        karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()))
                .start();
        http().awaitGet("/api/v1/health", null, r -> r.statusCode() == 200, Duration.ofSeconds(120));
        // Health answers as soon as the kernel runs; the governance groups' resources join the REST runtime a moment
        // later, and each arrival rebuilds it. Wait for the last group (scanning) to be served: 401 without credentials.
        http().awaitGet("/api/v1/scans/runs", null, r -> r.statusCode() == 401, Duration.ofSeconds(60));
    }

    /** Stops it as Ctrl-C would and waits for every process to end. */
    void stop() {
        // bin/karaf is a shell script that runs the JVM as its child: stop the JVM (SIGTERM, so
        // Karaf stops the framework in order), then wait for every process to end.
        List<ProcessHandle> processes = karaf.descendants().collect(Collectors.toList());
        processes.add(karaf.toHandle());
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        }
        karaf = null;
    }

    /** Kills the JVM without warning ({@code kill -9}), as a power cut or the OOM killer would, and waits for it to end. */
    void kill() {
        List<ProcessHandle> processes = karaf.descendants().collect(Collectors.toList());
        processes.add(karaf.toHandle());
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        }
        karaf = null;
    }

    /** Kills whatever is left, for test clean-up after a failure. */
    @Override
    public void close() {
        if (karaf != null) {
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly();
            karaf = null;
        }
    }

    /** Points the plugin host at {@code marketplace} and trusts {@code trustedPublishers}, before the first start. */
    void useMarketplace(Path marketplace, String trustedPublishers) throws IOException {
        Path config = home.resolve("etc/io.custodian.platform.plugins.cfg");
        edit(config, "marketplaces = ${karaf.home}/marketplace", "marketplaces = " + marketplace);
        edit(config, "trustedPublishers =", "trustedPublishers = " + trustedPublishers);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to));
    }
}
