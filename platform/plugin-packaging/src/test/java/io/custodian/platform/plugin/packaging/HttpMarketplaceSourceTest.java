package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpMarketplaceSourceTest {

    private static final Duration SHORT = Duration.ofMillis(500);

    @TempDir
    Path temp;

    private HttpServer server;
    private ExecutorService executor;
    private final CountDownLatch release = new CountDownLatch(1);
    private final KeyPair key = PluginSignatures.generateKeyPair();
    private MarketplaceVersion version;
    private MarketplaceIndex published;
    private byte[] jarBytes;
    private Path target;

    @BeforeEach
    void startServer() throws Exception {
        Path folder = temp.resolve("market");
        target = temp.resolve("downloads");
        version = TestMarketplace.publish(folder, TestJars.plugin(temp, "acme-iban", "1.0.0").build(),
                "plugins/acme-iban-1.0.0.jar", "1.0.0", key.getPrivate());
        published = TestMarketplace.writeIndex(folder, TestMarketplace.plugin("acme-iban", version));
        jarBytes = Files.readAllBytes(folder.resolve(version.file()));
        byte[] indexBytes = Files.readAllBytes(folder.resolve("index.json"));

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/market/index.json", fixed(200, indexBytes));
        server.createContext("/market/plugins/acme-iban-1.0.0.jar", fixed(200, jarBytes));
        server.createContext("/market/chunked.jar", exchange -> streamZeros(exchange, 2 * 1024 * 1024, -1));
        server.createContext("/market/declared.jar", exchange -> streamZeros(exchange, 2 * 1024 * 1024, 2 * 1024 * 1024));
        server.createContext("/huge/index.json", exchange -> streamZeros(exchange, MarketplaceIndexParser.MAX_INDEX_BYTES + 1024, -1));
        server.createContext("/market/hang.jar", exchange -> {
            awaitRelease();
            exchange.close();
        });
        server.createContext("/market/stall.jar", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write(new byte[100]);
            body.flush();
            awaitRelease();
            exchange.close();
        });
        server.createContext("/market/same-host.jar", redirect("/market/plugins/acme-iban-1.0.0.jar"));
        server.createContext("/market/other-host.jar", exchange -> redirect("http://localhost:" + port()
                + "/market/plugins/acme-iban-1.0.0.jar").handle(exchange));
        server.createContext("/market/loop.jar", redirect("/market/loop.jar"));
        server.createContext("/market/missing.jar", fixed(404, new byte[0]));
        server.createContext("/market/broken.jar", fixed(500, "boom".getBytes()));
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void readsTheIndexAndDownloadsAJarThatThenVerifies() throws Exception {
        HttpMarketplaceSource source = source("/market/index.json", Duration.ofSeconds(10));

        MarketplaceIndex index = source.index();
        MarketplacePlugin plugin = index.plugin("acme-iban").orElseThrow();
        Path downloaded = source.download(plugin.version("1.0.0").orElseThrow(), target, InspectionLimits.DEFAULT_MAX_JAR_BYTES);

        assertEquals(published, index);
        assertEquals(target.resolve("acme-iban-1.0.0.jar"), downloaded);
        assertArrayEquals(jarBytes, Files.readAllBytes(downloaded));
        TrustedPublishers trusted = TrustedPublishers.parse("acme=" + PluginSignatures.encodePublic(key.getPublic()));
        VerifiedPlugin verified = new PluginVerifier(trusted, InspectionLimits.defaults(), PlatformVersion.CURRENT)
                .verifyFromMarketplace(downloaded, plugin, plugin.versions().get(0));
        assertTrue(verified.signed());
    }

    @Test
    void stopsAChunkedDownloadAtTheCap() throws Exception {
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> source("/market/index.json", SHORT).download(file("chunked.jar", 0), target, 1024 * 1024));

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().endsWith("chunked.jar is larger than the limit of 1.0 MiB."), e.getMessage());
        assertNoFilesIn(target);
    }

    @Test
    void refusesADownloadWhoseContentLengthIsOverTheCap() {
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> source("/market/index.json", SHORT).download(file("declared.jar", 0), target, 1024 * 1024));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void refusesAnIndexOverEightMiB() {
        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> source("/huge/index.json", SHORT).index());
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("The marketplace index http://127.0.0.1:"), e.getMessage());
    }

    @Test
    void givesUpOnAServerThatNeverAnswers() {
        long start = System.nanoTime();
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> source("/market/index.json", SHORT).download(file("hang.jar", 0), target, 1024));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Reason.DOWNLOAD_FAILED, e.reason());
        assertTrue(e.getMessage().endsWith("could not be fetched: the server did not answer within 0.5 s."), e.getMessage());
        assertTrue(millis < 5_000, "gave up after " + millis + " ms");
    }

    @Test
    void givesUpOnABodyThatStalls() {
        long start = System.nanoTime();
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> source("/market/index.json", SHORT).download(file("stall.jar", 0), target, 1024 * 1024));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Reason.DOWNLOAD_FAILED, e.reason());
        assertTrue(e.getMessage().endsWith("stalled: nothing arrived for 0.5 s."), e.getMessage());
        assertTrue(millis < 5_000, "gave up after " + millis + " ms");
        assertNoFilesIn(target);
    }

    @Test
    void followsRedirectsWithinTheSameHost() throws Exception {
        Path downloaded = source("/market/index.json", SHORT).download(file("same-host.jar", 0), target, 1024 * 1024);
        assertArrayEquals(jarBytes, Files.readAllBytes(downloaded));
    }

    @Test
    void refusesRedirectsToAnotherHost() {
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> source("/market/index.json", SHORT).download(file("other-host.jar", 0), target, 1024 * 1024));

        assertEquals(Reason.DOWNLOAD_FAILED, e.reason());
        assertTrue(e.getMessage().contains("redirects to \"http://localhost:" + port() + "\"; only redirects within http://127.0.0.1:"),
                e.getMessage());
    }

    @Test
    void refusesEndlessRedirects() {
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> source("/market/index.json", SHORT).download(file("loop.jar", 0), target, 1024));
        assertTrue(e.getMessage().endsWith("redirects more than 5 times."), e.getMessage());
    }

    @Test
    void reportsMissingFilesAsNotFoundAndServerErrorsAsFailures() {
        PluginRejectedException missing = assertThrows(PluginRejectedException.class,
                () -> source("/market/index.json", SHORT).download(file("missing.jar", 0), target, 1024));
        assertEquals(Reason.NOT_FOUND, missing.reason());
        assertTrue(missing.getMessage().endsWith("missing.jar does not exist (HTTP 404)."), missing.getMessage());

        PluginRejectedException broken = assertThrows(PluginRejectedException.class,
                () -> source("/market/index.json", SHORT).download(file("broken.jar", 0), target, 1024));
        assertEquals(Reason.DOWNLOAD_FAILED, broken.reason());
        assertTrue(broken.getMessage().endsWith("the server answered HTTP 500."), broken.getMessage());

        PluginRejectedException noIndex = assertThrows(PluginRejectedException.class, () -> source("/nothing/index.json", SHORT).index());
        assertEquals(Reason.NOT_FOUND, noIndex.reason());
    }

    @Test
    void reportsARefusedConnection() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpMarketplaceSource source = new HttpMarketplaceSource(URI.create("http://127.0.0.1:" + closedPort + "/index.json"), SHORT);

        PluginRejectedException e = assertThrows(PluginRejectedException.class, source::index);

        assertEquals(Reason.DOWNLOAD_FAILED, e.reason());
        assertTrue(e.getMessage().endsWith("could not be fetched: the server refused the connection."), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/x.jar", "//evil.example/x.jar", "/etc/passwd", "../other/x.jar",
            "plugins/../../x.jar", "%2e%2e/x.jar", "plugins\\x.jar"})
    void refusesFilesThatAreAbsoluteUrlsOrEscapeTheBase(String file) {
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> source("/market/index.json", SHORT).download(FolderMarketplaceSourceTest.withFile(version, file), target, 1024));

        assertEquals(Reason.UNSAFE_ENTRY, e.reason());
        assertFalse(Files.exists(target));
    }

    @Test
    void refusesLocationsThatAreNotHttpUrls() {
        assertThrows(IllegalArgumentException.class, () -> new HttpMarketplaceSource(URI.create("ftp://host/index.json"), SHORT));
        assertThrows(IllegalArgumentException.class, () -> new HttpMarketplaceSource(URI.create("index.json"), SHORT));
        assertThrows(IllegalArgumentException.class, () -> new HttpMarketplaceSource(URI.create("http://host/index.json"), Duration.ZERO));
    }

    private HttpMarketplaceSource source(String path, Duration timeout) {
        return new HttpMarketplaceSource(URI.create("http://127.0.0.1:" + port() + path), timeout);
    }

    private MarketplaceVersion file(String name, long size) {
        return new MarketplaceVersion("1.0.0", name, version.sha256(), version.signature(), version.scopes(), version.platformRange(),
                size, null);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpHandler fixed(int status, byte[] body) {
        return exchange -> {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    private static HttpHandler redirect(String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        };
    }

    /** Sends {@code count} zero bytes, chunked when {@code declared} is -1; stops quietly when the client hangs up. */
    private static void streamZeros(HttpExchange exchange, long count, long declared) throws IOException {
        exchange.sendResponseHeaders(200, declared == -1 ? 0 : declared);
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < count; sent += block.length) {
                out.write(block);
            }
        } catch (IOException clientHungUp) {
            // Expected: the client stops reading at its cap.
        }
    }

    private static void assertNoFilesIn(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList(), "partial downloads are deleted");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
