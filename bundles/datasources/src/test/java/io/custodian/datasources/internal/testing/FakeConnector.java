package io.custodian.datasources.internal.testing;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A hand-written connector of type {@value #TYPE} (our plugin API, not a database): it answers connection tests
 * with the diagnosis a test sets, and remembers the settings it was handed so tests can check what a connector
 * receives (decrypted secrets) and that nothing else does.
 */
public final class FakeConnector implements Connector {

    public static final String TYPE = "fake";
    /** Host, port (integer), database and the secret password; host and password are required. */
    public static final String SCHEMA = """
            {"type": "object",
             "properties": {
               "host": {"type": "string", "minLength": 1},
               "port": {"type": "integer", "minimum": 1, "maximum": 65535},
               "database": {"type": "string"},
               "password": {"type": "string", "writeOnly": true},
               "token": {"type": "string", "writeOnly": true}},
             "required": ["host", "password"],
             "additionalProperties": false}""";

    private final List<ConnectionSettings> received = new CopyOnWriteArrayList<>();
    private volatile Diagnosis answer = Diagnosis.OK;
    private final AtomicInteger tests = new AtomicInteger();
    private volatile CountDownLatch testsAwaited = new CountDownLatch(0);

    /** From now on, tests answer {@code diagnosis}. */
    public void answer(Diagnosis diagnosis) {
        answer = diagnosis;
    }

    /** A latch that opens once {@code count} more connection tests ran. */
    public CountDownLatch awaitTests(int count) {
        CountDownLatch latch = new CountDownLatch(count);
        testsAwaited = latch;
        return latch;
    }

    /** How many connection tests ran. */
    public int tests() {
        return tests.get();
    }

    /** Every settings object handed to this connector, oldest first. */
    public List<ConnectionSettings> received() {
        return List.copyOf(received);
    }

    /** The settings of the latest call. */
    public ConnectionSettings last() {
        return received.get(received.size() - 1);
    }

    @Override
    public ConnectorDescriptor describe() {
        return new ConnectorDescriptor(TYPE, "Fake database", SCHEMA, Set.of(ConnectorCapability.KEYS));
    }

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        received.add(settings);
        tests.incrementAndGet();
        testsAwaited.countDown();
        return new ConnectionTestResult(answer, answer == Diagnosis.OK ? "fake connected" : "fake says " + answer,
                Duration.ofMillis(3));
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        received.add(settings);
        if (answer != Diagnosis.OK) {
            throw new ConnectorException(answer, "fake cannot open: " + answer);
        }
        return new ConnectorSession() {
            @Override
            public Stream<Container> containers(Container parent) {
                return Stream.empty();
            }

            @Override
            public Stream<DataAsset> assets(Container container) {
                return Stream.empty();
            }

            @Override
            public TableStatistics statistics(DataAsset asset, List<String> columns) {
                throw new UnsupportedOperationException("no assets");
            }

            @Override
            public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
                throw new UnsupportedOperationException("no assets");
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
