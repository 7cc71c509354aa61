package io.custodian.plugins.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.custodian.plugin.testkit.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Published test vectors (python-stdnum, validator.js, presidio) kept in the project's shared folder, next
 * to the repository: {@code <checkout>/../shared/vectors}, or where the system property {@code custodian.shared}
 * says. A test that needs a file the checkout does not have is skipped with the reason, never passed; in the ci
 * profile ({@code custodian.it.shared=true}) it fails instead, so CI cannot pass without the vectors.
 */
final class PublishedVectors {

    /** The system property, else from the module folder (plugins/classifier-patterns) up to the checkout's parent. */
    static final Path FOLDER = Path.of(System.getProperty("custodian.shared", "../../../shared"), "vectors");

    private PublishedVectors() {
    }

    static Map<String, Object> read(String file) {
        Path path = FOLDER.resolve(file);
        String missing = "published vectors not found at " + path.toAbsolutePath().normalize()
                + " (the shared folder sits beside the checkout, or set -Dcustodian.shared)";
        if (Boolean.getBoolean("custodian.it.shared")) {
            assertTrue(Files.isRegularFile(path), missing);
        }
        assumeTrue(Files.isRegularFile(path), missing + "; skipping");
        try {
            return JsonText.parseObject(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
