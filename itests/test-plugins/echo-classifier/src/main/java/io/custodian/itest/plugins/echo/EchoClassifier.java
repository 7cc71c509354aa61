package io.custodian.itest.plugins.echo;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Evidence;
import io.custodian.plugin.api.classifier.Suggestion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests {@code IT.Echo} for every column, with evidence naming the version in the manifest of the jar the class
 * was loaded from. The tests rewrite that manifest to make version 1.1.0 of the same code, so the evidence proves
 * which jar answered after an upgrade or a rollback.
 */
public class EchoClassifier implements Classifier {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
    private final String loadedVersion = readOwnVersion();

    @Override
    public ClassifierDescriptor describe() {
        return new ClassifierDescriptor("echo", "Echo", List.of("IT.Echo"));
    }

    @Override
    public List<Suggestion> classify(ColumnProfile column) {
        int samples = (int) column.samples().stream().filter(v -> v != null).count();
        return List.of(new Suggestion("IT.Echo", 0.5, new Evidence("echo", "version " + loadedVersion, samples, samples)));
    }

    private static String readOwnVersion() {
        try (InputStream in = EchoClassifier.class.getResourceAsStream("/META-INF/custodian-plugin.json")) {
            if (in == null) {
                return "unknown";
            }
            Matcher matcher = VERSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return matcher.find() ? matcher.group(1) : "unknown";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
