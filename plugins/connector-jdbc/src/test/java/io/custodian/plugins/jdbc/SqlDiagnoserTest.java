package io.custodian.plugins.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Failure causes map to the diagnoses users see, and messages never carry the password. */
class SqlDiagnoserTest {

    private final SqlDiagnoser diagnoser = new SqlDiagnoser(new JdbcDialect() {
        @Override
        public Optional<Diagnosis> vendorDiagnosis(SQLException failure) {
            return failure.getErrorCode() == 1049 ? Optional.of(Diagnosis.DATABASE_MISSING) : Optional.empty();
        }
    });

    @Test
    void networkCausesAnywhereInTheChain() {
        assertEquals(Diagnosis.UNREACHABLE, diagnoser.diagnose(wrapped(new UnknownHostException("db.invalid"))));
        assertEquals(Diagnosis.UNREACHABLE, diagnoser.diagnose(wrapped(new NoRouteToHostException())));
        assertEquals(Diagnosis.REFUSED, diagnoser.diagnose(wrapped(new ConnectException("Connection refused"))));
        assertEquals(Diagnosis.TLS, diagnoser.diagnose(wrapped(new SSLHandshakeException("bad certificate"))));
        assertEquals(Diagnosis.TIMEOUT, diagnoser.diagnose(wrapped(new SocketTimeoutException())));
        assertEquals(Diagnosis.TIMEOUT, diagnoser.diagnose(new SQLTimeoutException("slow")));
    }

    @Test
    void sqlStatesAndVendorCodes() {
        assertEquals(Diagnosis.AUTH_FAILED, diagnoser.diagnose(new SQLException("bad password", "28P01")));
        assertEquals(Diagnosis.AUTH_FAILED, diagnoser.diagnose(new SQLException("bad user", "28000")));
        assertEquals(Diagnosis.DATABASE_MISSING, diagnoser.diagnose(new SQLException("no db", "3D000")));
        assertEquals(Diagnosis.DATABASE_MISSING, diagnoser.diagnose(new SQLException("Unknown database", "42000", 1049)));
        assertEquals(Diagnosis.PERMISSION_MISSING, diagnoser.diagnose(new SQLException("denied", "42501")));
        assertEquals(Diagnosis.OTHER, diagnoser.diagnose(new SQLException("syntax", "42601")));
    }

    @Test
    void sentencesNameTheSourceButNeverThePassword() {
        JdbcTarget target = ShopDatabase.target("jdbc:h2:mem:x", "s3cret-pw");
        String other = diagnoser.sentence(Diagnosis.OTHER, target, new SQLException("login s3cret-pw failed"));
        assertFalse(other.contains("s3cret-pw"), other);
        assertTrue(other.contains("the shop database"), other);
        assertFalse(target.toString().contains("s3cret-pw"));
    }

    @Test
    void wrongPasswordOnARealDatabaseIsAuthFailed() throws Exception {
        ShopDatabase.create();
        JdbcTarget wrong = ShopDatabase.target(ShopDatabase.URL, "wrong-pw");
        ConnectorException error = assertThrows(ConnectorException.class, () -> new JdbcConnections(diagnoser).open(wrong));
        assertEquals(Diagnosis.AUTH_FAILED, error.diagnosis());
        assertFalse(error.getMessage().contains("wrong-pw"));
    }

    @Test
    void urlTheDriverRejectsIsInvalidSettings() {
        JdbcTarget foreign = ShopDatabase.target("jdbc:postgresql://localhost/x", "pw");
        ConnectorException error = assertThrows(ConnectorException.class, () -> new JdbcConnections(diagnoser).open(foreign));
        assertEquals(Diagnosis.INVALID_SETTINGS, error.diagnosis());
    }

    private static SQLException wrapped(Throwable cause) {
        return new SQLException("connection failed", "08001", cause);
    }
}
