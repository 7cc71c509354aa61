package io.custodian.plugins.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad setting gets its own diagnosis and a sentence naming the problem. */
class FilesConnectorTest {

    private final FilesConnector connector = new FilesConnector();

    @TempDir
    Path dir;

    @Test
    void aReadableFolderTestsOk() {
        ConnectionTestResult result = connector.testConnection(SampleTree.settings(SampleTree.path()));
        assertEquals(Diagnosis.OK, result.diagnosis());
        assertEquals("the folder " + SampleTree.path().normalize() + " can be read", result.message());
    }

    @Test
    void aMissingFolderIsAMissingDatabase() {
        assertDiagnosis(Diagnosis.DATABASE_MISSING, "the folder " + dir.resolve("gone") + " does not exist",
                SampleTree.settings(dir.resolve("gone")));
    }

    @Test
    void badSettingsAreInvalid() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "x\n1\n");
        assertDiagnosis(Diagnosis.INVALID_SETTINGS, "the setting \"path\" (the folder to catalogue) is required",
                new ConnectionSettings(Map.of(), Map.of()));
        assertDiagnosis(Diagnosis.INVALID_SETTINGS, "the setting \"path\" must be an absolute path, not data/files",
                new ConnectionSettings(Map.of("path", "data/files"), Map.of()));
        assertDiagnosis(Diagnosis.INVALID_SETTINGS, "the path " + file + " is a file, not a folder", SampleTree.settings(file));
        assertDiagnosis(Diagnosis.INVALID_SETTINGS, "the setting \"include\" is not a valid glob: *.{csv",
                SampleTree.settings(dir, "*.{csv"));
    }

    @Test
    void anUnreadableFolderIsAMissingPermission() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: file permissions do not restrict this account");
            assertDiagnosis(Diagnosis.PERMISSION_MISSING, "the folder " + locked + " may not be read by the platform's account",
                    SampleTree.settings(locked));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void describeNamesTheTypeAndTheFileCapabilities() {
        assertEquals("files", connector.describe().typeId());
        assertEquals(FilesSettings.SCHEMA, connector.describe().configSchema());
    }

    private void assertDiagnosis(Diagnosis expected, String message, ConnectionSettings settings) {
        ConnectionTestResult result = connector.testConnection(settings);
        assertEquals(expected, result.diagnosis(), result.message());
        assertEquals(message, result.message());
        ConnectorException e = assertThrows(ConnectorException.class, () -> connector.open(settings));
        assertEquals(expected, e.diagnosis());
        assertEquals(message, e.getMessage());
    }
}
