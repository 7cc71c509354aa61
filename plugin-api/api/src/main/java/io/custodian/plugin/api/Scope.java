package io.custodian.plugin.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * A right a plugin asks for in its manifest and an administrator grants at install time. The host
 * checks every {@link PluginContext} call against the granted scopes and refuses (and audits) the rest.
 *
 * <p>Scopes guard what goes through the platform: the catalog, sampled values, and the host's
 * willingness to hand a connector connection settings. The JVM cannot stop plugin code from opening
 * a socket on its own; {@link #NETWORK_CONNECT} is enforced at the API boundary (a connector without it
 * is never asked to connect) and documented as such for administrators.
 */
public enum Scope {
    /** Read catalog assets and their metadata through {@link PluginContext#catalog()}. */
    CATALOG_READ("catalog.read"),
    /** Change catalog assets (tags, descriptions) through {@link PluginContext#catalogWriter()}. */
    CATALOG_WRITE("catalog.write"),
    /** Receive or request sampled column values: {@link PluginContext#samples()}, and sample values in a classifier's input. */
    SAMPLES_READ("samples.read"),
    /** Be handed connection settings and asked to connect to a data source (connectors). */
    NETWORK_CONNECT("network.connect");

    private final String id;

    Scope(String id) {
        this.id = id;
    }

    /** The scope's name as written in manifests and shown to administrators, for example {@code samples.read}. */
    public String id() {
        return id;
    }

    /** The scope named {@code id}, or empty if no such scope exists. */
    public static Optional<Scope> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
