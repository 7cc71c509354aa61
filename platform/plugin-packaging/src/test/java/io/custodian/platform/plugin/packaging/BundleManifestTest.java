package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The OSGi headers bnd wrote (process-classes runs before the tests): java-semver is embedded, not imported. */
class BundleManifestTest {

    private static Manifest bundleManifest() throws Exception {
        Path manifest = Path.of("target/classes/META-INF/MANIFEST.MF");
        try (InputStream in = Files.newInputStream(manifest)) {
            return new Manifest(in);
        }
    }

    @Test
    void exportsTheApiPackageAtVersionOne() throws Exception {
        String exports = bundleManifest().getMainAttributes().getValue("Export-Package");
        assertNotNull(exports);
        assertTrue(exports.startsWith("io.custodian.platform.plugin.packaging;version=\"1.0.0\""), exports);
        assertFalse(exports.contains(".internal"), exports);
        assertFalse(exports.contains("zafarkhaja"), exports);
    }

    @Test
    void embedsJavaSemverInsteadOfImportingIt() throws Exception {
        String imports = bundleManifest().getMainAttributes().getValue("Import-Package");
        assertFalse(imports.contains("com.github.zafarkhaja"), imports);
        assertFalse(imports.contains("org.osgi"), imports);
        assertTrue(Files.exists(Path.of("target/classes/com/github/zafarkhaja/semver/Version.class")));
    }
}
