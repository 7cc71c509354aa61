package io.custodian.itest.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes another plugin out of a built test plugin jar: a new id, version or platform range, written both into
 * {@code META-INF/custodian-plugin.json} and the OSGi/PF4J headers, as a release of the same code would be.
 */
final class JarRewriter {

    private JarRewriter() {
    }

    static Path rewrite(Path source, Path target, String id, String version, String platformRange) throws IOException {
        Files.createDirectories(target.getParent());
        try (ZipFile in = new ZipFile(source.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            // The manifest must stay the first entry (JarInputStream and OSGi frameworks look for it there).
            Manifest manifest = new Manifest(in.getInputStream(in.getEntry(JarFile.MANIFEST_NAME)));
            Attributes main = manifest.getMainAttributes();
            main.putValue("Bundle-SymbolicName", "custodian.plugin." + id);
            main.putValue("Bundle-Version", version);
            main.putValue("Plugin-Id", id);
            main.putValue("Plugin-Version", version);
            out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
            manifest.write(out);
            out.closeEntry();
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    if (entry.getName().equals("META-INF/custodian-plugin.json")) {
                        String json = new String(content.readAllBytes(), StandardCharsets.UTF_8)
                                .replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"" + id + "\"")
                                .replaceFirst("\"version\"\\s*:\\s*\"[^\"]*\"", "\"version\": \"" + version + "\"")
                                .replaceFirst("\"platform\"\\s*:\\s*\"[^\"]*\"", "\"platform\": \"" + platformRange + "\"");
                        out.write(json.getBytes(StandardCharsets.UTF_8));
                    } else {
                        content.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }
}
