package ${package};

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Diagnosis;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Sample connector: reads a folder of CSV files. The folder is the only container; each {@code *.csv} file
 * is an asset whose columns come from its header line.
 *
 * <p>Rules every connector follows (the contract kit checks them): {@link #describe()} never touches the
 * source; {@link #testConnection} answers every problem with a {@link Diagnosis} instead of throwing;
 * {@link #open} throws a {@link ConnectorException} with the same diagnosis; the connector holds no state,
 * so the host may use it from several threads; per-connection state lives in the session; secrets never
 * appear in messages.
 */
public final class CsvFolderConnector implements Connector {

    /** The one setting: the folder to read. */
    static final String PATH = "path";

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor(
            // Type ids are unique on a platform: rename this one when you turn the sample into your connector.
            "csv-folder",
            "CSV folder",
            """
            {"type": "object",
             "properties": {"path": {"type": "string", "title": "Folder", "description": "A folder of .csv files with a header line"}},
             "required": ["path"]}
            """,
            Set.of(ConnectorCapability.FILES));

    @Override
    public ConnectorDescriptor describe() {
        return DESCRIPTOR;
    }

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        long started = System.nanoTime();
        try {
            Path folder = folder(settings);
            return new ConnectionTestResult(Diagnosis.OK, "The folder " + folder + " can be read.", since(started));
        } catch (ConnectorException e) {
            return new ConnectionTestResult(e.diagnosis(), e.getMessage(), since(started));
        }
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        return new CsvFolderSession(folder(settings));
    }

    /** The folder the settings name, checked to exist and be readable. */
    private static Path folder(ConnectionSettings settings) {
        String value = settings.property(PATH).filter(p -> !p.isBlank())
                .orElseThrow(() -> new ConnectorException(Diagnosis.INVALID_SETTINGS, "The setting \"path\" (the folder to read) is missing."));
        Path folder;
        try {
            folder = Path.of(value);
        } catch (InvalidPathException e) {
            throw new ConnectorException(Diagnosis.INVALID_SETTINGS, "The setting \"path\" is not a valid path: " + e.getReason() + ".");
        }
        if (!Files.isDirectory(folder)) {
            throw new ConnectorException(Diagnosis.DATABASE_MISSING, "There is no folder " + folder + ".");
        }
        if (!Files.isReadable(folder)) {
            throw new ConnectorException(Diagnosis.PERMISSION_MISSING, "The folder " + folder + " exists but may not be read.");
        }
        return folder;
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
