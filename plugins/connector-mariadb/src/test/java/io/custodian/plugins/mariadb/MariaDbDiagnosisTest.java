package io.custodian.plugins.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failures users meet, each with its own diagnosis. Unreachable, refused and invalid settings need no server; the
 * missing database and the wrong password need the test server (root there accepts only its empty password).
 */
class MariaDbDiagnosisTest {

    private static final String WRONG_PASSWORD = "wrong-password-4711";

    private final MariaDbConnector connector = new MariaDbConnector();

    @Test
    void unknownHostIsUnreachable() {
        assertDiagnosed(SakilaDatabase.settings("nonexistent.invalid", 3306, "test"), Diagnosis.UNREACHABLE, "nonexistent.invalid");
    }

    @Test
    void closedPortIsRefused() {
        assertDiagnosed(SakilaDatabase.settings("127.0.0.1", 1, "test"), Diagnosis.REFUSED, "127.0.0.1:1");
    }

    @Test
    void missingDatabaseIsDatabaseMissing() {
        SakilaDatabase.assumeServer();
        assertDiagnosed(SakilaDatabase.settings(SakilaDatabase.HOST, SakilaDatabase.PORT, "no_such_db"), Diagnosis.DATABASE_MISSING, "no_such_db");
    }

    @Test
    void wrongPasswordIsAuthFailedAndNotEchoed() {
        SakilaDatabase.assumeServer();
        assertDiagnosed(SakilaDatabase.settings(SakilaDatabase.HOST, SakilaDatabase.PORT, null, SakilaDatabase.USER, WRONG_PASSWORD),
                Diagnosis.AUTH_FAILED, "127.0.0.1:3306");
    }

    @Test
    void vendorCodesMapToDiagnoses() {
        MariaDbDialect dialect = new MariaDbDialect(java.util.Optional.empty());
        assertEquals(Diagnosis.AUTH_FAILED, dialect.vendorDiagnosis(new java.sql.SQLException("denied", "28000", 1045)).orElseThrow());
        assertEquals(Diagnosis.DATABASE_MISSING, dialect.vendorDiagnosis(new java.sql.SQLException("unknown", "42000", 1049)).orElseThrow());
        assertEquals(Diagnosis.PERMISSION_MISSING, dialect.vendorDiagnosis(new java.sql.SQLException("db", "42000", 1044)).orElseThrow());
        assertEquals(Diagnosis.PERMISSION_MISSING, dialect.vendorDiagnosis(new java.sql.SQLException("table", "42000", 1142)).orElseThrow());
        assertTrue(dialect.vendorDiagnosis(new java.sql.SQLException("syntax", "42000", 1064)).isEmpty());
    }

    @Test
    void badSettingsAreInvalidWithTheReason() {
        Map<String, String> base = Map.of("host", "db.example.com", "database", "sales", "user", "u");
        assertInvalid(with(base, "port", "99999"), "port");
        assertInvalid(with(base, "tls", "sometimes"), "tls");
        assertInvalid(with(base, "host", "db.example.com/evil?x=1"), "host");
        assertInvalid(with(base, "database", "sales?allowLoadLocalInfile=true"), "database");
        assertInvalid(new ConnectionSettings(Map.of("host", "h"), Map.of()), "user");
    }

    private void assertDiagnosed(ConnectionSettings settings, Diagnosis expected, String named) {
        ConnectionTestResult result = connector.testConnection(settings);
        assertEquals(expected, result.diagnosis(), result.message());
        assertTrue(result.message().contains(named), "the message names the source: " + result.message());
        assertFalse(result.message().contains(WRONG_PASSWORD), "the message shows the password");
        ConnectorException error = assertThrows(ConnectorException.class, () -> connector.open(settings));
        assertEquals(expected, error.diagnosis(), error.getMessage());
        assertFalse(error.getMessage().contains(WRONG_PASSWORD), "the error shows the password");
    }

    private void assertInvalid(ConnectionSettings settings, String mentioned) {
        ConnectionTestResult result = connector.testConnection(settings);
        assertEquals(Diagnosis.INVALID_SETTINGS, result.diagnosis(), result.message());
        assertTrue(result.message().contains(mentioned), result.message());
    }

    private static ConnectionSettings with(Map<String, String> base, String key, String value) {
        Map<String, String> properties = new HashMap<>(base);
        properties.put(key, value);
        return new ConnectionSettings(properties, Map.of());
    }
}
