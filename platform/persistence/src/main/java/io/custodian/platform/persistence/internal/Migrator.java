package io.custodian.platform.persistence.internal;

import io.custodian.platform.persistence.api.MigrationException;
import io.custodian.platform.persistence.api.MigrationReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned scripts of one unit in order and records them in
 * {@code custodian_schema_history}. Each script runs in its own transaction.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final String HISTORY_DDL = "CREATE TABLE IF NOT EXISTS custodian_schema_history ("
            + "unit VARCHAR(100) NOT NULL, version INTEGER NOT NULL, description VARCHAR(200) NOT NULL, "
            + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL, PRIMARY KEY (unit, version))";

    private final DataSource dataSource;

    Migrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies the scripts of {@code unit} not yet applied; scripts of other vendors are ignored. */
    MigrationReport migrate(String unit, Collection<MigrationScript> available) {
        // One JVM-wide lock: bundles starting in parallel must not race on the history table.
        synchronized (Migrator.class) {
            try (Connection connection = dataSource.getConnection()) {
                String vendor = JdbcDriver.vendorKeyOf(connection.getMetaData().getDatabaseProductName());
                Map<Integer, MigrationScript> scripts = selectForVendor(available, vendor);
                ensureHistoryTable(connection);
                Map<Integer, String> applied = appliedChecksums(connection, unit);
                List<Integer> newlyApplied = new ArrayList<>();
                int current = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                for (MigrationScript script : scripts.values()) {
                    String checksum = applied.get(script.version());
                    if (checksum != null) {
                        if (!checksum.equals(script.checksum())) {
                            throw new MigrationException("Migration " + unit + " V" + script.version()
                                    + " was changed after it was applied; ship a new version instead");
                        }
                        continue;
                    }
                    apply(connection, unit, script);
                    newlyApplied.add(script.version());
                    current = Math.max(current, script.version());
                }
                return new MigrationReport(unit, current, newlyApplied);
            } catch (SQLException e) {
                throw new MigrationException("Cannot migrate " + unit + ": " + e.getMessage(), e);
            }
        }
    }

    static Map<Integer, MigrationScript> selectForVendor(Collection<MigrationScript> available, String vendor) {
        Map<Integer, MigrationScript> chosen = new TreeMap<>();
        for (MigrationScript script : available) {
            if (script.vendor().isEmpty()) {
                chosen.putIfAbsent(script.version(), script);
            }
        }
        for (MigrationScript script : available) {
            if (script.vendor().equals(vendor)) {
                chosen.put(script.version(), script);
            }
        }
        return chosen;
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(HISTORY_DDL);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection connection, String unit) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version, checksum FROM custodian_schema_history WHERE unit = ?")) {
            query.setString(1, unit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return applied;
    }

    private static void apply(Connection connection, String unit, MigrationScript script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             PreparedStatement record = connection.prepareStatement("INSERT INTO custodian_schema_history "
                     + "(unit, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
            for (String sql : SqlStatements.split(script.sql())) {
                statement.execute(sql);
            }
            record.setString(1, unit);
            record.setInt(2, script.version());
            record.setString(3, script.description());
            record.setString(4, script.checksum());
            record.setTimestamp(5, Timestamp.from(Instant.now()));
            record.executeUpdate();
            connection.commit();
            LOG.info("Applied migration {} V{} ({})", unit, script.version(), script.description());
        } catch (SQLException e) {
            connection.rollback();
            throw new MigrationException("Migration " + unit + " V" + script.version() + " failed: "
                    + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
