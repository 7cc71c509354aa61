package io.custodian.plugin.tools;

import io.custodian.platform.plugin.packaging.InspectedJar;
import io.custodian.platform.plugin.packaging.InspectionLimits;
import io.custodian.platform.plugin.packaging.PluginJarInspector;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a plugin jar the way the host will: the platform's inspector checks size, entries, the manifest and
 * the services files. Signing a jar the host would refuse anyway only moves the surprise to install time.
 */
final class PluginJars {

    private PluginJars() {
    }

    /** The inspected jar, or a sentence saying why it is not a plugin jar. */
    static InspectedJar inspect(Path jar) throws ToolException {
        if (!Files.exists(jar)) {
            throw ToolException.input("no plugin jar at " + jar);
        }
        if (!Files.isRegularFile(jar)) {
            throw ToolException.input(jar + " is not a file");
        }
        try {
            return new PluginJarInspector(InspectionLimits.defaults()).inspect(jar);
        } catch (PluginRejectedException e) {
            throw ToolException.input(jar + " is not a usable plugin jar: " + e.getMessage() + " [" + e.reason().code() + "]", e);
        }
    }
}
