package io.custodian.platform.plugin.pf4j.internal;

import io.custodian.platform.plugin.packaging.PlatformVersion;
import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugin.packaging.PluginManifestParser;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.plugin.api.PluginDescriptorFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;

/**
 * Reads and checks the two descriptions a plugin jar carries before PF4J sees it: the PF4J headers in
 * {@code MANIFEST.MF} and the Custodian manifest {@code META-INF/custodian-plugin.json}, parsed and checked by the
 * packaging library exactly as the platform's plugin host checks it, including the platform range.
 *
 * <p>Why check the PF4J headers here when PF4J checks them too: PF4J says only "Field 'id' cannot be empty",
 * naming neither the jar nor the header, and fails with a NullPointerException on a jar without any manifest.
 */
public final class PluginJarReader {

    private static final String PLUGIN_ID_HEADER = "Plugin-Id";
    private static final String PLUGIN_VERSION_HEADER = "Plugin-Version";

    private final String platformVersion;

    /** A reader that accepts plugins whose platform range includes {@code platformVersion}. */
    public PluginJarReader(String platformVersion) {
        this.platformVersion = platformVersion;
    }

    /** The Custodian manifest of {@code jar}, or a refusal saying what is wrong with the jar. */
    public PluginManifest read(Path jar) throws PluginJarRefusal {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw new PluginJarRefusal("it has no META-INF/MANIFEST.MF, so it carries no " + PLUGIN_ID_HEADER + " header");
            }
            String pluginId = header(manifest, PLUGIN_ID_HEADER);
            String pluginVersion = header(manifest, PLUGIN_VERSION_HEADER);
            PluginManifest custodianManifest = PluginManifestParser.parse(customManifest(file));
            if (!custodianManifest.id().equals(pluginId)) {
                throw new PluginJarRefusal("its " + PLUGIN_ID_HEADER + " header '" + pluginId + "' differs from the id '"
                        + custodianManifest.id() + "' in " + PluginDescriptorFormat.MANIFEST_PATH);
            }
            if (!custodianManifest.version().equals(pluginVersion)) {
                throw new PluginJarRefusal("its " + PLUGIN_VERSION_HEADER + " header '" + pluginVersion + "' differs from the version '"
                        + custodianManifest.version() + "' in " + PluginDescriptorFormat.MANIFEST_PATH);
            }
            PlatformVersion.requireSupported(custodianManifest, platformVersion);
            return custodianManifest;
        } catch (PluginRejectedException e) {
            throw new PluginJarRefusal(asClause(e.getMessage()), e);
        } catch (ZipException e) {
            throw new PluginJarRefusal("it is not a jar (zip) file", e);
        } catch (IOException e) {
            throw new PluginJarRefusal("it cannot be read: " + e.getMessage(), e);
        }
    }

    private static String header(Manifest manifest, String name) throws PluginJarRefusal {
        String value = manifest.getMainAttributes().getValue(new Attributes.Name(name));
        if (value == null || value.isBlank()) {
            throw new PluginJarRefusal("its META-INF/MANIFEST.MF has no " + name + " header, which PF4J needs to load it");
        }
        return value.trim();
    }

    /**
     * The packaging library's sentence ("The plugin manifest ... field "scopes" names ...") as the clause after
     * "x.jar is refused: ", so every refusal from this loader reads the same way.
     */
    static String asClause(String sentence) {
        String clause = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        boolean capitalisedWord = clause.length() > 1 && Character.isUpperCase(clause.charAt(0)) && Character.isLowerCase(clause.charAt(1));
        return capitalisedWord ? Character.toLowerCase(clause.charAt(0)) + clause.substring(1) : clause;
    }

    private static byte[] customManifest(JarFile file) throws IOException, PluginJarRefusal {
        JarEntry entry = file.getJarEntry(PluginDescriptorFormat.MANIFEST_PATH);
        if (entry == null || entry.isDirectory()) {
            throw new PluginJarRefusal("it has no " + PluginDescriptorFormat.MANIFEST_PATH + ", so it is not a Custodian plugin");
        }
        try (InputStream in = file.getInputStream(entry)) {
            // One byte past the limit is enough for the parser to refuse an oversized manifest, without reading all of it.
            return in.readNBytes(PluginManifestParser.MAX_MANIFEST_BYTES + 1);
        }
    }
}
