package io.custodian.platform.plugin.packaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.custodian.plugin.api.PluginDescriptorFormat;
import io.custodian.plugin.api.PluginKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Builds plugin jars (good and hostile) for tests with java.util.jar. */
final class TestJars {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CLASSIFIER_CLASS = "com.acme.iban.IbanClassifier";

    private TestJars() {
    }

    /** A valid manifest: a classifier asking for samples.read, for platform >=0.1.0 & <1.0.0. */
    static ObjectNode manifest(String id, String version) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("name", "ACME IBAN classifier");
        m.put("version", version);
        m.put("vendor", "ACME Corp");
        m.put("description", "Finds IBANs by checksum.");
        m.putArray("kinds").add("classifier");
        m.put("platform", ">=0.1.0 & <1.0.0");
        m.putArray("scopes").add("samples.read");
        m.putObject("configSchema").put("type", "object");
        return m;
    }

    static byte[] bytes(ObjectNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A builder for a valid classifier plugin jar {@code id} {@code version}, ready to be spoiled by the test. */
    static Builder plugin(Path dir, String id, String version) {
        return new Builder(dir, id + "-" + version + ".jar")
                .manifest(manifest(id, version))
                .services(PluginKind.CLASSIFIER, CLASSIFIER_CLASS)
                .classFile(CLASSIFIER_CLASS);
    }

    /** A builder for a jar with no entries at all. */
    static Builder empty(Path dir, String fileName) {
        return new Builder(dir, fileName);
    }

    static final class Builder {
        private final Path dir;
        private final String fileName;
        private final Map<String, byte[]> entries = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private int method = ZipEntry.DEFLATED;

        private Builder(Path dir, String fileName) {
            this.dir = dir;
            this.fileName = fileName;
            headers.put("Bundle-ManifestVersion", "2");
        }

        Builder manifest(ObjectNode json) {
            headers.put("Bundle-SymbolicName", "custodian.plugin." + json.path("id").asText());
            headers.put("Bundle-Version", json.path("version").asText());
            return entry(PluginDescriptorFormat.MANIFEST_PATH, bytes(json));
        }

        Builder manifestBytes(byte[] json) {
            return entry(PluginDescriptorFormat.MANIFEST_PATH, json);
        }

        Builder services(PluginKind kind, String... lines) {
            return entry("META-INF/services/" + kind.extensionPoint().getName(),
                    String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }

        Builder classFile(String className) {
            // Inspection only checks that the class is in the jar; the bytes need not be a real class.
            return entry(className.replace('.', '/') + ".class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        }

        Builder entry(String name, byte[] content) {
            entries.put(name, content);
            return this;
        }

        Builder without(String name) {
            entries.remove(name);
            return this;
        }

        Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Builder stored() {
            method = ZipEntry.STORED;
            return this;
        }

        Path build() {
            Path jar = dir.resolve(fileName);
            Manifest mf = new Manifest();
            mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            headers.forEach((k, v) -> mf.getMainAttributes().put(new Attributes.Name(k), v));
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, mf)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    if (method == ZipEntry.STORED) {
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(e.getValue().length);
                        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                        crc.update(e.getValue());
                        entry.setCrc(crc.getValue());
                    }
                    out.putNextEntry(entry);
                    out.write(e.getValue());
                    out.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return jar;
        }
    }

    /** Replaces every occurrence of {@code from} by {@code to} (same length) in the file's bytes. */
    static void patch(Path file, String from, String to) throws IOException {
        byte[] content = Files.readAllBytes(file);
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            throw new IllegalArgumentException("patch needs equal lengths");
        }
        int hits = 0;
        for (int i = 0; i + a.length <= content.length; i++) {
            if (Arrays.equals(content, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, content, i, b.length);
                hits++;
            }
        }
        if (hits == 0) {
            throw new IllegalArgumentException("nothing to patch");
        }
        Files.write(file, content);
    }

    /**
     * Rewrites the uncompressed size every central-directory header declares to {@code declared}: a zip bomb that
     * lies about its size to anyone who trusts the headers.
     */
    static void falsifyDeclaredSizes(Path file, int declared) throws IOException {
        byte[] content = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int patched = 0;
        for (int i = 0; i + 46 <= content.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, declared);
                patched++;
            }
        }
        if (patched == 0) {
            throw new IllegalArgumentException("no central directory found");
        }
        Files.write(file, content);
    }
}
