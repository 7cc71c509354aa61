package io.custodian.plugins.files;

import io.custodian.plugin.api.connector.ConnectionSettings;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The test folder tree copied to target/test-classes/sample-tree, and settings pointing at folders. */
final class SampleTree {

    private SampleTree() {
    }

    static Path path() {
        try {
            return Path.of(SampleTree.class.getResource("/sample-tree").toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ConnectionSettings settings(Path folder) {
        return settings(folder, null);
    }

    static ConnectionSettings settings(Path folder, String include) {
        Map<String, String> properties = new HashMap<>();
        properties.put("path", folder.toString());
        if (include != null) {
            properties.put("include", include);
        }
        return new ConnectionSettings(properties, Map.of());
    }
}
