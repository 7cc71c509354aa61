package io.custodian.datasources.internal.service;

import io.custodian.platform.plugin.runtime.FailureKind;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a connector's connection test and turns whatever happens into a {@link TestOutcome}: the connector's result,
 * its diagnosed failure, or the plugin host's refusal (timed out, stopped, not granted {@code network.connect}).
 * Never throws.
 */
final class ConnectionTests {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionTests.class);

    private ConnectionTests() {
    }

    static TestOutcome run(Connector connector, ConnectionSettings settings) {
        long started = System.nanoTime();
        try {
            ConnectionTestResult result = connector.testConnection(settings);
            return new TestOutcome(result.diagnosis(), result.message(), result.elapsed().toMillis());
        } catch (ConnectorException e) {
            return new TestOutcome(e.diagnosis(), e.getMessage(), millisSince(started));
        } catch (PluginCallException e) {
            return new TestOutcome(diagnosis(e), e.getMessage(), millisSince(started));
        } catch (RuntimeException e) {
            // Only the class: the message of an unexpected exception might repeat a setting.
            LOG.warn("The connection test failed unexpectedly: {}", e.getClass().getName());
            return new TestOutcome(Diagnosis.OTHER, "the connection test failed unexpectedly", millisSince(started));
        }
    }

    private static Diagnosis diagnosis(PluginCallException e) {
        if (e.diagnosis().isPresent()) {
            return e.diagnosis().get();
        }
        return e.kind() == FailureKind.TIMED_OUT ? Diagnosis.TIMEOUT : Diagnosis.OTHER;
    }

    static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
