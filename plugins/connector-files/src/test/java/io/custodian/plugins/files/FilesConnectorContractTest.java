package io.custodian.plugins.files;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.testkit.ConnectorContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The files connector against the kit, on the CSV/JSON Lines tree in src/test/resources/sample-tree. */
class FilesConnectorContractTest extends ConnectorContract {

    @TempDir
    static Path scratch;

    @Override
    protected Connector connector() {
        return new FilesConnector();
    }

    @Override
    protected ConnectionSettings validSettings() {
        return SampleTree.settings(SampleTree.path());
    }

    /** A folder has no host: the kit reports the check as skipped. */
    @Override
    protected Optional<ConnectionSettings> settingsForUnreachableHost() {
        return Optional.empty();
    }

    @Override
    protected Optional<ConnectionSettings> settingsForMissingDatabase() {
        return Optional.of(SampleTree.settings(scratch.resolve("no-such-folder")));
    }

    /** A folder nobody may read; skipped when the tests run as root, for whom permissions do not apply. */
    @Override
    protected Optional<ConnectionSettings> settingsWithoutPermission() {
        try {
            Path locked = Files.createDirectories(scratch.resolve("locked"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            return Files.isReadable(locked) ? Optional.empty() : Optional.of(SampleTree.settings(locked));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Optional<ConnectionSettings> incompleteSettings() {
        return Optional.of(new ConnectionSettings(Map.of("include", "*.csv"), Map.of()));
    }
}
