package io.custodian.platform.plugin.packaging;

import io.custodian.plugin.api.PluginKind;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A plugin jar that passed {@link PluginJarInspector}: safe to hand to a class loader, its manifest valid, and
 * every declared kind backed by a {@code META-INF/services} file.
 *
 * @param jar        the inspected file
 * @param manifest   the jar's manifest
 * @param sha256     the SHA-256 of the file, lower-case hex
 * @param size       the file's size in bytes
 * @param extensions for each kind the manifest declares, the class names its services file lists, in file order
 */
public record InspectedJar(Path jar, PluginManifest manifest, String sha256, long size,
                           Map<PluginKind, List<String>> extensions) {

    /** Copies the extension map, so an inspected jar never changes. */
    public InspectedJar {
        EnumMap<PluginKind, List<String>> copy = new EnumMap<>(PluginKind.class);
        if (extensions != null) {
            extensions.forEach((kind, classes) -> copy.put(kind, List.copyOf(classes)));
        }
        extensions = Collections.unmodifiableMap(copy);
    }
}
