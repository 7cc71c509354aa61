package io.custodian.datasources.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The configuration, checked and with its placeholders replaced.
 *
 * @param healthInterval    between two rounds of health checks; zero for none
 * @param secretFileFolders folders a file reference may point into
 * @param secretEnvNames    variables an environment reference may name
 */
public record DataSourceSettings(Duration healthInterval, List<Path> secretFileFolders, Pattern secretEnvNames) {

    /** Any well-formed variable name. */
    static final String DEFAULT_ENV_NAMES = "[A-Za-z_][A-Za-z0-9_]*";

    /** Copies the folders. */
    public DataSourceSettings {
        secretFileFolders = List.copyOf(secretFileFolders);
    }

    /**
     * The settings of a configuration.
     *
     * @param placeholders replaces {@code ${karaf.*}} placeholders
     * @throws IllegalArgumentException if a folder is not absolute or the pattern is malformed
     */
    public static DataSourceSettings from(DataSourcesConfig config, UnaryOperator<String> placeholders) {
        List<Path> folders = new ArrayList<>();
        for (String folder : config.secretFileFolders().split(",")) {
            String text = placeholders.apply(folder.strip());
            if (text.isEmpty()) {
                continue;
            }
            if (text.contains("${")) {
                // A placeholder with no value outside Karaf: the folder does not exist here.
                continue;
            }
            Path path = Path.of(text);
            if (!path.isAbsolute()) {
                throw new IllegalArgumentException("secretFileFolders must list absolute folders: " + text);
            }
            folders.add(path.normalize());
        }
        Pattern names;
        try {
            names = Pattern.compile(config.secretEnvNames());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("secretEnvNames is not a regular expression: " + e.getDescription());
        }
        return new DataSourceSettings(Duration.ofSeconds(Math.max(0, config.healthCheckIntervalSeconds())), folders,
                names);
    }

    /** The health interval of {@code config}, no file references, environment references by the default pattern. */
    public static DataSourceSettings restrictive(DataSourcesConfig config) {
        return new DataSourceSettings(Duration.ofSeconds(Math.max(0, config.healthCheckIntervalSeconds())), List.of(),
                Pattern.compile(DEFAULT_ENV_NAMES));
    }

    /** Replaces {@code ${karaf.etc}}, {@code ${karaf.home}} and {@code ${karaf.data}} with the system properties. */
    public static String karafProperties(String text) {
        String result = text;
        for (String name : List.of("karaf.etc", "karaf.home", "karaf.data")) {
            String value = System.getProperty(name);
            if (value != null) {
                result = result.replace("${" + name + "}", value);
            }
        }
        return result;
    }
}
