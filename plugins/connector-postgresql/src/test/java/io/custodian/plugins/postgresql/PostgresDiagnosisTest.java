package io.custodian.plugins.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failures users meet, each with its own diagnosis. Wrong passwords cannot be tested: the test server trusts every
 * local connection. Unreachable and refused need no server; the missing database needs the test server.
 */
class PostgresDiagnosisTest {

    private final PostgresConnector connector = new PostgresConnector();

    @Test
    void unknownHostIsUnreachable() {
        assertDiagnosed(SampleDatabase.settings("nonexistent.invalid", 5432, "test"), Diagnosis.UNREACHABLE, "nonexistent.invalid");
    }

    @Test
    void closedPortIsRefused() {
        assertDiagnosed(SampleDatabase.settings("127.0.0.1", 1, "test"), Diagnosis.REFUSED, "127.0.0.1:1");
    }

    @Test
    void missingDatabaseIsDatabaseMissing() {
        SampleDatabase.assumeServer();
        assertDiagnosed(SampleDatabase.settings(SampleDatabase.HOST, SampleDatabase.PORT, "no_such_db"), Diagnosis.DATABASE_MISSING, "no_such_db");
    }

    @Test
    void requiredTlsAgainstAServerWithoutTlsIsTls() {
        SampleDatabase.assumeServer();
        Map<String, String> properties = new java.util.HashMap<>(SampleDatabase.settings(SampleDatabase.HOST, SampleDatabase.PORT, "test").properties());
        properties.put("sslmode", "require");
        ConnectionSettings settings = new ConnectionSettings(properties, Map.of());
        // The test server has no TLS; where it has, the connection simply works and the check does not apply.
        ConnectionTestResult result = connector.testConnection(settings);
        org.junit.jupiter.api.Assumptions.assumeFalse(result.ok(), "the test server speaks TLS");
        assertEquals(Diagnosis.TLS, result.diagnosis(), result.message());
    }

    @Test
    void badSettingsAreInvalidWithTheReason() {
        Map<String, String> base = Map.of("host", "db.example.com", "database", "sales", "user", "u");
        assertInvalid(with(base, "port", "99999"), "port");
        assertInvalid(with(base, "sslmode", "sometimes"), "sslmode");
        assertInvalid(with(base, "host", "db.example.com/evil?x=1"), "host");
        assertInvalid(new ConnectionSettings(Map.of("host", "h", "user", "u"), Map.of()), "database");
    }

    private void assertDiagnosed(ConnectionSettings settings, Diagnosis expected, String named) {
        ConnectionTestResult result = connector.testConnection(settings);
        assertEquals(expected, result.diagnosis(), result.message());
        assertTrue(result.message().contains(named), "the message names the source: " + result.message());
        assertFalse(result.message().contains("unused-with-trust"), "the message shows the password");
        ConnectorException error = assertThrows(ConnectorException.class, () -> connector.open(settings));
        assertEquals(expected, error.diagnosis(), error.getMessage());
    }

    private void assertInvalid(ConnectionSettings settings, String mentioned) {
        ConnectionTestResult result = connector.testConnection(settings);
        assertEquals(Diagnosis.INVALID_SETTINGS, result.diagnosis(), result.message());
        assertTrue(result.message().contains(mentioned), result.message());
    }

    private static ConnectionSettings with(Map<String, String> base, String key, String value) {
        Map<String, String> properties = new java.util.HashMap<>(base);
        properties.put(key, value);
        return new ConnectionSettings(properties, Map.of());
    }
}
