package io.custodian.platform.plugins.internal.testing;

import io.custodian.platform.plugins.internal.activation.ExtensionSource;
import io.custodian.platform.plugins.internal.activation.ServiceFiles;
import io.custodian.plugin.api.PluginKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The classes of a plugin jar the fake framework "started": services files from the jar's bytes,
 * classes from the test class path (where the fixtures the jars copy live).
 */
final class JarExtensionSource implements ExtensionSource {

    private final String version;
    private final Map<String, byte[]> entries;

    JarExtensionSource(String version, Map<String, byte[]> entries) {
        this.version = version;
        this.entries = entries;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<String> extensionClassNames(PluginKind kind) {
        byte[] file = entries.get("META-INF/services/" + kind.extensionPoint().getName());
        if (file == null) {
            return List.of();
        }
        try {
            return ServiceFiles.classNames(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        if (!entries.containsKey(name.replace('.', '/') + ".class")) {
            throw new ClassNotFoundException(name + " is not in the plugin jar");
        }
        return Class.forName(name, true, classLoader());
    }

    @Override
    public ClassLoader classLoader() {
        return JarExtensionSource.class.getClassLoader();
    }
}
