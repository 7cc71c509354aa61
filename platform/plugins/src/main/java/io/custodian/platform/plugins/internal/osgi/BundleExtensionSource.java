package io.custodian.platform.plugins.internal.osgi;

import io.custodian.platform.plugins.internal.activation.ExtensionSource;
import io.custodian.platform.plugins.internal.activation.ServiceFiles;
import io.custodian.plugin.api.PluginKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started plugin bundle as the source of its extension classes. */
final class BundleExtensionSource implements ExtensionSource {

    private static final Logger LOG = LoggerFactory.getLogger(BundleExtensionSource.class);

    private final Bundle bundle;
    private final String version;

    BundleExtensionSource(Bundle bundle, String version) {
        this.bundle = bundle;
        this.version = version;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<String> extensionClassNames(PluginKind kind) {
        // getEntry, not getResource: only the plugin's own jar, never a services file it could see through imports.
        URL file = bundle.getEntry("META-INF/services/" + kind.extensionPoint().getName());
        if (file == null) {
            return List.of();
        }
        try (InputStream in = file.openStream()) {
            return ServiceFiles.classNames(in);
        } catch (IOException e) {
            LOG.warn("Could not read the {} services file of bundle {}", kind.id(), bundle.getSymbolicName(), e);
            return List.of();
        }
    }

    @Override
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return bundle.loadClass(name);
    }

    @Override
    public ClassLoader classLoader() {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        return wiring == null ? null : wiring.getClassLoader();
    }
}
