package io.custodian.platform.plugin.pf4j;

import java.nio.file.Path;

/**
 * A plugin jar was refused or failed to start. The message names the jar and says why, in words meant for the
 * person who built or installed the plugin, for example
 * {@code "acme.jar is refused: its META-INF/MANIFEST.MF has no Plugin-Id header, which PF4J needs to load it"}.
 */
public class PluginLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path jar;

    /** {@code jar} could not be loaded for the reason {@code reason}. */
    public PluginLoadException(Path jar, String reason, Throwable cause) {
        super(jar.getFileName() + " is refused: " + reason, cause);
        this.jar = jar;
    }

    /** The jar that could not be loaded. */
    public Path jar() {
        return jar;
    }
}
