package io.custodian.datasources.internal.secrets;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.crypto.MasterKeySource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which secret references are allowed, and reading them. A reference hands whatever it names to a connector, which
 * sends it to the host in the source's settings; so the names are fenced: environment variables must match a
 * configured pattern and are never the master key's own, files must lie in a configured folder (symbolic links
 * resolved) and never in the folder of the master key.
 */
public final class SecretReferences {

    /** The largest referenced file read, in bytes. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> NEVER = Set.of(MasterKeySource.ENV, MasterKeySource.ENV_PREVIOUS);

    private final Pattern allowedVariables;
    private final List<Path> allowedFolders;
    private final Path keyFolder;
    private final Function<String, String> environment;

    /**
     * @param allowedVariables the environment variables a reference may name
     * @param allowedFolders   absolute folders a file reference must lie in (none: file references are refused)
     * @param keyFolder        the folder of the master key file, refused whatever the configuration says
     * @param environment      the process environment ({@code System::getenv} outside tests)
     */
    public SecretReferences(Pattern allowedVariables, List<Path> allowedFolders, Path keyFolder,
                            Function<String, String> environment) {
        this.allowedVariables = allowedVariables;
        this.allowedFolders = allowedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.keyFolder = keyFolder.toAbsolutePath().normalize();
        this.environment = environment;
    }

    /** Why {@code reference} may not be stored, or empty if it may. Checks the name only, not that it exists. */
    public Optional<String> problem(SecretReference reference) {
        return switch (reference.kind()) {
            case ENV -> variableProblem(reference.target());
            case FILE -> fileProblem(reference.target());
        };
    }

    /**
     * Reads the referenced secret now.
     *
     * @param what names the secret in messages, for example {@code password of source 4}
     * @throws DataSourceException ({@code SECRET_UNAVAILABLE}) if the reference is not allowed (any more) or the
     *                             variable is unset or the file unreadable
     */
    public String resolve(SecretReference reference, String what) {
        problem(reference).ifPresent(problem -> {
            throw unavailable("the " + what + " cannot be read: " + problem);
        });
        return switch (reference.kind()) {
            case ENV -> variable(reference.target(), what);
            case FILE -> file(reference.target(), what);
        };
    }

    private Optional<String> variableProblem(String name) {
        if (!VARIABLE_NAME.matcher(name).matches()) {
            return Optional.of("an environment variable name has letters, digits and _ only");
        }
        if (NEVER.contains(name)) {
            return Optional.of("the master key's variable cannot be referenced");
        }
        if (!allowedVariables.matcher(name).matches()) {
            return Optional.of("the environment variable " + name + " is not among those secrets may reference "
                    + "(configuration secretEnvNames)");
        }
        return Optional.empty();
    }

    private Optional<String> fileProblem(String target) {
        Path path;
        try {
            path = Path.of(target);
        } catch (InvalidPathException e) {
            return Optional.of("the file path is malformed");
        }
        if (!path.isAbsolute()) {
            return Optional.of("the file path must be absolute");
        }
        return placementProblem(path.normalize(), allowedFolders, keyFolder);
    }

    private static Optional<String> placementProblem(Path path, List<Path> folders, Path keyFolder) {
        if (path.startsWith(keyFolder)) {
            return Optional.of("files in the master key's folder cannot be referenced");
        }
        if (folders.stream().noneMatch(path::startsWith)) {
            return Optional.of(folders.isEmpty()
                    ? "file references are disabled (configuration secretFileFolders is empty)"
                    : "the file must lie in one of " + folders + " (configuration secretFileFolders)");
        }
        return Optional.empty();
    }

    private String variable(String name, String what) {
        String value = environment.apply(name);
        if (value == null) {
            throw unavailable("the " + what + " refers to the environment variable " + name + ", which is not set");
        }
        return value;
    }

    private String file(String target, String what) {
        Path real;
        try {
            real = Path.of(target).toRealPath();
        } catch (IOException e) {
            throw unavailable("the " + what + " refers to the file " + target + ", which cannot be read");
        }
        // Checked again on the real path: a symbolic link inside an allowed folder must not lead out of it.
        List<Path> realFolders = allowedFolders.stream().map(SecretReferences::real).toList();
        Optional<String> problem = placementProblem(real, realFolders, real(keyFolder));
        if (problem.isPresent()) {
            throw unavailable("the " + what + " refers to the file " + target + ", which leads elsewhere: " + problem.get());
        }
        try (InputStream in = Files.newInputStream(real)) {
            byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
            if (content.length > MAX_FILE_BYTES) {
                throw unavailable("the " + what + " refers to the file " + target + ", which is larger than "
                        + MAX_FILE_BYTES + " bytes");
            }
            return withoutFinalLineBreak(new String(content, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable("the " + what + " refers to the file " + target + ", which cannot be read");
        }
    }

    /** Secret files usually end with a line break that is not part of the secret. */
    private static String withoutFinalLineBreak(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    private static DataSourceException unavailable(String message) {
        return new DataSourceException(DataSourceException.Reason.SECRET_UNAVAILABLE, message);
    }
}
