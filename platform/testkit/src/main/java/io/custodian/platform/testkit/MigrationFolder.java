package io.custodian.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migration scripts of one class-path folder that a database of one vendor gets, chosen by
 * the rules of the kernel's SchemaMigrator (platform/persistence, {@code MigrationScript} and
 * {@code Migrator}): a file {@code V<n>__<words>.sql} ({@code n} a positive integer, {@code words}
 * letters, digits and underscores) is the script of version {@code n}; a file
 * {@code V<n>__<words>.<vendor>.sql} replaces it on that vendor's database ({@code h2},
 * {@code postgresql}); scripts of other vendors and files of other names are ignored.
 */
final class MigrationFolder {

    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]{0,8})__[A-Za-z0-9_]+(?:\\.([a-z0-9]+))?\\.sql");

    /**
     * Splits a script where the kernel's migrator splits it: at semicolons outside quoted text
     * ({@code '...'} or {@code "..."}, a doubled quote staying inside) and outside comments
     * ({@code -- ...} to the end of the line, {@code /* ... *}{@code /}), which are dropped.
     */
    private static final Pattern SQL_TOKEN = Pattern.compile(
            "(?<comment>--[^\\n]*+\\n?|/\\*.*?(?:\\*/|\\z))|(?<end>;)"
                    + "|'(?:[^']++|'')*+'?|\"(?:[^\"]++|\"\")*+\"?|[^-/'\";]++|.",
            Pattern.DOTALL);

    /** One chosen script: its version, file name (for messages) and text. */
    record Script(int version, String fileName, String sql) {
    }

    private MigrationFolder() {
    }

    /**
     * The scripts of {@code folder} for {@code vendor}, by version.
     *
     * @throws IllegalStateException if the folder is not on the class path, is not a directory, or
     *                               holds two scripts of the same version for the same vendor
     */
    static SortedMap<Integer, Script> scriptsFor(ClassLoader loader, String folder, String vendor) {
        SortedMap<Integer, Script> generic = new TreeMap<>();
        SortedMap<Integer, Script> own = new TreeMap<>();
        for (Path file : files(loader, folder)) {
            Matcher name = NAME.matcher(file.getFileName().toString());
            if (!name.matches()) {
                continue;
            }
            String scriptVendor = name.group(2) == null ? "" : name.group(2);
            if (!scriptVendor.isEmpty() && !scriptVendor.equals(vendor)) {
                continue;
            }
            Script script = new Script(Integer.parseInt(name.group(1)), file.getFileName().toString(), read(file));
            // The kernel would take one of two such scripts at random; a test should not.
            Script clash = (scriptVendor.isEmpty() ? generic : own).putIfAbsent(script.version(), script);
            if (clash != null) {
                throw new IllegalStateException(folder + " has two scripts of version " + script.version() + ": "
                        + clash.fileName() + " and " + script.fileName());
            }
        }
        generic.putAll(own);
        return generic;
    }

    /** The statements of a script, trimmed, without comments and without empty ones. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Matcher token = SQL_TOKEN.matcher(script);
        while (token.find()) {
            if (token.group("end") != null) {
                addIfNotBlank(statements, current);
            } else if (token.group("comment") == null) {
                current.append(token.group());
            }
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder current) {
        String statement = current.toString().trim();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    private static List<Path> files(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("Migration folder " + folder + " is not on the class path");
        }
        if (!"file".equals(url.getProtocol())) {
            // In a Maven build the module's own scripts are in target/classes, a directory.
            throw new IllegalStateException("Migration folder " + folder + " must be a directory, not " + url);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + url, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
