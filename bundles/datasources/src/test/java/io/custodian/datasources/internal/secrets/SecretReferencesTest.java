package io.custodian.datasources.internal.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.crypto.MasterKeySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretReferencesTest {

    @TempDir
    Path root;

    private Path secrets;
    private Path keyFolder;
    private SecretReferences references;

    @BeforeEach
    void setUp() throws Exception {
        secrets = Files.createDirectories(root.resolve("secrets"));
        keyFolder = Files.createDirectories(root.resolve("data/custodian"));
        references = new SecretReferences(Pattern.compile("PG_.*|APP_.*"), List.of(secrets), keyFolder,
                Map.of("PG_PASSWORD", "from-env", MasterKeySource.ENV, "the-key")::get);
    }

    @Test
    void readsAnAllowedEnvironmentVariable() {
        assertEquals(Optional.empty(), references.problem(SecretReference.env("PG_PASSWORD")));
        assertEquals("from-env", references.resolve(SecretReference.env("PG_PASSWORD"), "password of source 1"));
    }

    @Test
    void refusesVariablesOutsideThePatternAndTheMasterKeyAlways() {
        assertTrue(references.problem(SecretReference.env("HOME")).isPresent());
        assertTrue(references.problem(SecretReference.env("bad-name")).isPresent());
        SecretReferences permissive = new SecretReferences(Pattern.compile(".*"), List.of(), keyFolder,
                Map.of(MasterKeySource.ENV, "the-key")::get);
        assertTrue(permissive.problem(SecretReference.env(MasterKeySource.ENV)).isPresent());
        assertTrue(permissive.problem(SecretReference.env(MasterKeySource.ENV_PREVIOUS)).isPresent());
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> permissive.resolve(SecretReference.env(MasterKeySource.ENV), "password"));
        assertEquals(DataSourceException.Reason.SECRET_UNAVAILABLE, e.reason());
        assertFalse(e.getMessage().contains("the-key"));
    }

    @Test
    void anUnsetVariableIsUnavailable() {
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> references.resolve(SecretReference.env("PG_OTHER"), "password of source 3"));

        assertEquals(DataSourceException.Reason.SECRET_UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("PG_OTHER") && e.getMessage().contains("not set"), e.getMessage());
    }

    @Test
    void readsAFileInAnAllowedFolderWithoutItsFinalLineBreak() throws Exception {
        Path file = Files.writeString(secrets.resolve("pg"), "from-file\n");

        assertEquals("from-file", references.resolve(SecretReference.file(file.toString()), "password"));
        Files.writeString(file, "line one\nline two\r\n");
        assertEquals("line one\nline two", references.resolve(SecretReference.file(file.toString()), "password"));
    }

    @Test
    void refusesFilesOutsideTheFoldersRelativePathsAndTraversal() throws Exception {
        Path outside = Files.writeString(root.resolve("outside"), "x");

        assertTrue(references.problem(SecretReference.file(outside.toString())).isPresent());
        assertTrue(references.problem(SecretReference.file("relative/path")).isPresent());
        assertTrue(references.problem(SecretReference.file(secrets + "/../outside")).isPresent());
    }

    @Test
    void refusesTheMasterKeysFolderEvenWhenConfigured() throws Exception {
        Path keyFile = Files.writeString(keyFolder.resolve("master.key"), "key");
        SecretReferences careless = new SecretReferences(Pattern.compile(".*"), List.of(root), keyFolder, name -> null);

        assertTrue(careless.problem(SecretReference.file(keyFile.toString())).isPresent());
        assertThrows(DataSourceException.class, () -> careless.resolve(SecretReference.file(keyFile.toString()), "x"));
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheFolderIsRefusedWhenRead() throws Exception {
        Path target = Files.writeString(root.resolve("elsewhere"), "not yours");
        Path link = Files.createSymbolicLink(secrets.resolve("link"), target);

        assertEquals(Optional.empty(), references.problem(SecretReference.file(link.toString())), "the name looks fine");
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> references.resolve(SecretReference.file(link.toString()), "password"));
        assertFalse(e.getMessage().contains("not yours"));
    }

    @Test
    void aMissingOrHugeFileIsUnavailable() throws Exception {
        Path huge = Files.write(secrets.resolve("huge"), new byte[SecretReferences.MAX_FILE_BYTES + 1]);

        assertThrows(DataSourceException.class,
                () -> references.resolve(SecretReference.file(secrets.resolve("missing").toString()), "x"));
        assertThrows(DataSourceException.class, () -> references.resolve(SecretReference.file(huge.toString()), "x"));
    }

    @Test
    void noFoldersMeansNoFileReferences() {
        SecretReferences none = new SecretReferences(Pattern.compile(".*"), List.of(), keyFolder, name -> null);

        assertTrue(none.problem(SecretReference.file("/run/secrets/pg")).orElseThrow().contains("disabled"));
    }

    @Test
    void jsonFormsBecomeValuesOrReferences() {
        assertEquals(Optional.of(SecretInput.literal("v")), SecretInputs.fromJson("v"));
        assertEquals(Optional.of(SecretInput.reference(SecretReference.env("PG_PASSWORD"))),
                SecretInputs.fromJson(Map.of("env", "PG_PASSWORD")));
        assertEquals(Optional.of(SecretInput.reference(SecretReference.file("/run/secrets/pg"))),
                SecretInputs.fromJson(Map.of("file", "/run/secrets/pg")));
        assertEquals(Optional.empty(), SecretInputs.fromJson(42));
        assertEquals(Optional.empty(), SecretInputs.fromJson(Map.of("env", "A", "file", "/b")));
        assertEquals(Optional.empty(), SecretInputs.fromJson(Map.of("vault", "x")));
        assertEquals("Literal[(hidden)]", SecretInput.literal("v").toString());
    }

    @Test
    void storedReferencesReadBack() {
        assertEquals(SecretReference.env("X"), SecretReference.parse("env:X"));
        assertEquals(SecretReference.file("/a:b"), SecretReference.parse("file:/a:b"));
        assertEquals("file:/a:b", SecretReference.file("/a:b").text());
        assertThrows(IllegalArgumentException.class, () -> SecretReference.parse("vault:x"));
    }
}
