package io.custodian.plugin.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds small plugin jars for the tests: a manifest, a services file and the class it names. */
final class TestPlugins {

    private TestPlugins() {
    }

    /** A classifier plugin jar {@code <id>-<version>.jar} in {@code dir}; {@code salt} changes its bytes. */
    static Path classifier(Path dir, String id, String version, String salt) throws IOException {
        String manifest = """
                {"id":"%s","name":"Test %s","version":"%s","vendor":"Tests","description":"A test classifier %s",
                 "kinds":["classifier"],"platform":">=0.1.0 & <1.0.0","scopes":["samples.read"]}
                """.formatted(id, id, version, salt);
        Files.createDirectories(dir);
        Path jar = dir.resolve(id + "-" + version + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), new Manifest())) {
            put(out, "META-INF/custodian-plugin.json", manifest);
            put(out, "META-INF/services/io.custodian.plugin.api.classifier.Classifier", "com.example.TestClassifier\n");
            // The inspector checks that the named class is in the jar, not what the class does.
            out.putNextEntry(new JarEntry("com/example/TestClassifier.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
            out.closeEntry();
        }
        return jar;
    }

    /** A jar with a class-like entry and no {@code META-INF/custodian-plugin.json}. */
    static Path withoutManifest(Path dir) throws IOException {
        Path jar = dir.resolve("plain.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), new Manifest())) {
            put(out, "com/example/Plain.txt", "not a plugin");
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
