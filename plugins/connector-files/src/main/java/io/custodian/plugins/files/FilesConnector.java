package io.custodian.plugins.files;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.PluginLog;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Diagnosis;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Catalogues a folder tree of CSV, TSV and JSON Lines files (type id {@value #TYPE_ID}): folders are containers,
 * files are assets of kind FILE with columns inferred from their content. Settings: {@code path} (absolute
 * folder) and optional {@code include} glob, see {@link FilesSettings}.
 *
 * <p>The plugin asks for {@code network.connect}: that is the scope under which the host hands a connector
 * the settings of a data source and asks it to read the source. Here the "source" is a folder on the machine
 * that runs the connector (the server or a scanning agent), so an administrator granting it lets the plugin
 * read whatever folder a data source names there, as the platform's own operating-system account allows.
 *
 * <p>Connection tests: a missing folder is {@link Diagnosis#DATABASE_MISSING}, a folder that may not be listed
 * {@link Diagnosis#PERMISSION_MISSING}, a missing or relative path, a file instead of a folder or a malformed glob
 * {@link Diagnosis#INVALID_SETTINGS}. Thread-safe: sessions share nothing.
 */
public final class FilesConnector implements Connector {

    /** The source type this connector serves. */
    public static final String TYPE_ID = "files";

    private static final PluginLog SILENT = new PluginLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message, Throwable error) {
        }
    };

    private volatile PluginLog log = SILENT;

    @Override
    public void start(PluginContext context) {
        log = context.log();
    }

    @Override
    public ConnectorDescriptor describe() {
        return new ConnectorDescriptor(TYPE_ID, "Files (CSV, JSON Lines)", FilesSettings.SCHEMA,
                Set.of(ConnectorCapability.FILES, ConnectorCapability.CHANGE_DETECTION, ConnectorCapability.CHANGE_LISTING));
    }

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        long started = System.nanoTime();
        try {
            Path root = checkedRoot(settings);
            return new ConnectionTestResult(Diagnosis.OK, "the folder " + root + " can be read", elapsedSince(started));
        } catch (ConnectorException e) {
            return new ConnectionTestResult(e.diagnosis(), e.getMessage(), elapsedSince(started));
        } catch (RuntimeException e) {
            return new ConnectionTestResult(Diagnosis.OTHER, "the folder could not be checked: " + e.getMessage(), elapsedSince(started));
        }
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        checkedRoot(settings);
        return new FilesSession(FilesSettings.parse(settings), log);
    }

    /** Parses the settings and checks the folder, throwing the diagnosis a connection test reports. */
    private static Path checkedRoot(ConnectionSettings settings) {
        Path root = FilesSettings.parse(settings).root();
        if (!Files.exists(root)) {
            throw new ConnectorException(Diagnosis.DATABASE_MISSING, "the folder " + root + " does not exist");
        }
        if (!Files.isDirectory(root)) {
            throw new ConnectorException(Diagnosis.INVALID_SETTINGS, "the path " + root + " is a file, not a folder");
        }
        if (!Files.isReadable(root) || !Files.isExecutable(root)) {
            throw new ConnectorException(Diagnosis.PERMISSION_MISSING, "the folder " + root + " may not be read by the platform's account");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            entries.iterator().hasNext();
        } catch (AccessDeniedException e) {
            throw new ConnectorException(Diagnosis.PERMISSION_MISSING, "the folder " + root + " may not be listed by the platform's account");
        } catch (IOException e) {
            throw new ConnectorException(Diagnosis.OTHER, "the folder " + root + " cannot be listed: " + e.getMessage());
        }
        return root;
    }

    private static Duration elapsedSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
