package io.custodian.plugins.files;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * The connection settings of a folder source: {@code path} (required, absolute) and {@code include}
 * (optional glob). A glob containing {@code /} is matched against the file's path relative to the folder,
 * and one starting with {@code **}{@code /} also matches files directly in the folder; a glob without
 * {@code /} is matched against file names in every folder. Without {@code include}, every CSV, TSV and
 * JSON Lines file is included.
 */
final class FilesSettings {

    static final String SCHEMA = "{\"type\":\"object\",\"required\":[\"path\"],\"properties\":{"
            + "\"path\":{\"type\":\"string\",\"minLength\":1,\"title\":\"Folder\",\"description\":\"Absolute path of the folder to "
            + "catalogue, as the machine running the connector sees it.\"},"
            + "\"include\":{\"type\":\"string\",\"title\":\"Include\",\"description\":\"Glob of the files to include, for example "
            + "sales/**/*.csv or *.jsonl. Without a slash it matches file names in every folder. Default: every .csv, .tsv, .jsonl "
            + "and .ndjson file.\"}},\"additionalProperties\":false}";

    private final Path root;
    private final PathMatcher include;
    private final PathMatcher includeWithoutPrefix;
    private final boolean includeMatchesNames;

    private FilesSettings(Path root, String includeGlob) {
        this.root = root;
        if (includeGlob == null) {
            include = null;
            includeWithoutPrefix = null;
            includeMatchesNames = false;
        } else {
            include = FileSystems.getDefault().getPathMatcher("glob:" + includeGlob);
            includeWithoutPrefix = includeGlob.startsWith("**/")
                    ? FileSystems.getDefault().getPathMatcher("glob:" + includeGlob.substring(3)) : null;
            includeMatchesNames = !includeGlob.contains("/");
        }
    }

    /**
     * Reads the settings.
     *
     * @throws ConnectorException {@link Diagnosis#INVALID_SETTINGS} for a missing or relative path or a malformed glob
     */
    static FilesSettings parse(ConnectionSettings settings) {
        String path = settings.property("path").map(String::trim).orElse("");
        if (path.isEmpty()) {
            throw new ConnectorException(Diagnosis.INVALID_SETTINGS, "the setting \"path\" (the folder to catalogue) is required");
        }
        Path root;
        try {
            root = Path.of(path);
        } catch (InvalidPathException e) {
            throw new ConnectorException(Diagnosis.INVALID_SETTINGS, "the setting \"path\" is not a valid path: " + e.getReason());
        }
        if (!root.isAbsolute()) {
            throw new ConnectorException(Diagnosis.INVALID_SETTINGS, "the setting \"path\" must be an absolute path, not " + path);
        }
        String include = settings.property("include").map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        try {
            return new FilesSettings(root.normalize(), include);
        } catch (IllegalArgumentException e) { // PatternSyntaxException among them
            throw new ConnectorException(Diagnosis.INVALID_SETTINGS, "the setting \"include\" is not a valid glob: " + include);
        }
    }

    /** The folder, absolute and normalised. */
    Path root() {
        return root;
    }

    /** Whether the file at {@code relative} (to the root) is included; the format is checked separately. */
    boolean includes(Path relative) {
        if (include == null) {
            return true;
        }
        if (includeMatchesNames) {
            return include.matches(relative.getFileName());
        }
        return include.matches(relative) || (includeWithoutPrefix != null && includeWithoutPrefix.matches(relative));
    }
}
