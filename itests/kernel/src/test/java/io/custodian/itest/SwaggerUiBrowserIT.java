package io.custodian.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Swagger UI in a real Chromium: a person opens {@code /api/v1/docs}, answers the browser's
 * sign-in prompt, and sees every operation of the instance. Needs Node.js and Debian's
 * {@code chromium}; runs in the ci profile, where {@code .ci/run} installs them.
 */
@EnabledIfSystemProperty(named = "custodian.it.browser", matches = "true")
class SwaggerUiBrowserIT {

    private static final int PORT = 18581;
    private KarafProcess karaf;

    @Test
    void swaggerUiRendersEveryOperationForASignedInAdministrator() throws Exception {
        karaf = KarafProcess.unpack("browser", PORT, 18501);
        karaf.start();
        AdminSession admin = new AdminSession(karaf.http(), karaf.home().resolve("data"));
        Path browserTests = Path.of(KernelDistribution.required("custodian.browserTests"));
        Path screenshot = Path.of(KernelDistribution.required("custodian.itWork"), "swagger-ui.png");
        installPlaywright(browserTests);

        Run run = run(browserTests, List.of("node", "swagger-ui.mjs", "/health", "/system", "/openapi.json",
                "/auth/login"), admin.password(), screenshot);

        assertEquals(0, run.exitCode(), run.output());
        JsonNode seen = new ObjectMapper().readTree(run.output().lines().filter(l -> l.startsWith("{"))
                .findFirst().orElseThrow(() -> new AssertionError("no result line in: " + run.output())));
        assertTrue(seen.get("title").asText().startsWith("Custodian API"), seen.toString());
        assertTrue(seen.get("operations").asInt() >= 9, seen.toString());
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the rendered page was taken");
        karaf.stop();
    }

    @AfterEach
    void killLeftover() {
        if (karaf != null) {
            karaf.close();
        }
    }

    /** {@code npm ci} once per checkout: the lock file pins playwright-core, which drives Debian's Chromium. */
    private static void installPlaywright(Path browserTests) throws IOException, InterruptedException {
        if (!Files.isDirectory(browserTests.resolve("node_modules/playwright-core"))) {
            Run install = run(browserTests, List.of("npm", "ci", "--no-audit", "--no-fund"), null, null);
            assertEquals(0, install.exitCode(), "npm ci failed: " + install.output());
        }
    }

    private static Run run(Path dir, List<String> command, String password, Path screenshot)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("CUSTODIAN_URL", "http://127.0.0.1:" + PORT);
        builder.environment().put("CUSTODIAN_USER", "admin");
        if (password != null) {
            builder.environment().put("CUSTODIAN_PASSWORD", password);
        }
        if (screenshot != null) {
            builder.environment().put("SCREENSHOT", screenshot.toString());
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 3 minutes");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {
    }
}
