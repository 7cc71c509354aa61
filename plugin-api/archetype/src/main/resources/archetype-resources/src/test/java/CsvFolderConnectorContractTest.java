package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.testkit.ConnectorContract;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the platform's contract kit against the sample connector, on the CSV files in
 * src/test/resources/sample-data. Every check in {@link ConnectorContract} becomes a test here; checks
 * whose settings hook returns empty (a folder has no host or credentials) are reported as skipped.
 */
class CsvFolderConnectorContractTest extends ConnectorContract {

    @Override
    protected Connector connector() {
        return new CsvFolderConnector();
    }

    @Override
    protected ConnectionSettings validSettings() {
        return settings(sampleData().toString());
    }

    @Override
    protected Optional<ConnectionSettings> settingsForUnreachableHost() {
        return Optional.empty();
    }

    @Override
    protected Optional<ConnectionSettings> settingsForMissingDatabase() {
        return Optional.of(settings(sampleData().resolve("no-such-folder").toString()));
    }

    @Test
    void quotedFieldsAndEmptyValuesAreReadAsInTheFile() {
        try (ConnectorSession session = startedConnector().open(validSettings())) {
            DataAsset employees;
            try (Stream<DataAsset> assets = session.assets(session.containers(null).findFirst().orElseThrow())) {
                employees = assets.filter(a -> a.name().equals("employees.csv")).findFirst().orElseThrow();
            }
            Sample sample = session.sample(employees, List.of("name", "department"), 4);

            assertEquals(List.of("Hopper, Grace", "Engineering"), sample.rows().get(1));
            assertEquals(Arrays.asList("Alan Turing", null), sample.rows().get(2));
            assertEquals("Katherine \"Kate\" Johnson", sample.rows().get(3).get(0));
        }
    }

    private static ConnectionSettings settings(String path) {
        return new ConnectionSettings(Map.of(CsvFolderConnector.PATH, path), Map.of());
    }

    private static Path sampleData() {
        try {
            return Path.of(CsvFolderConnectorContractTest.class.getResource("/sample-data").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
