package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Sample;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Bounded samples through the dialect's sample query; values as text, SQL NULL as {@code null}. */
public final class JdbcSampler {

    private final Connection connection;
    private final JdbcDialect dialect;

    /** A sampler on an open connection. */
    public JdbcSampler(Connection connection, JdbcDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** At most {@code maxRows} rows of {@code columns}; no query at all for zero rows. */
    public Sample sample(DataAsset asset, List<String> columns, int maxRows) throws SQLException {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows is negative: " + maxRows);
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sample needs at least one column");
        }
        if (maxRows == 0) {
            return new Sample(columns, List.of());
        }
        SqlNames names = new SqlNames(connection.getMetaData());
        String schema = asset.container().name();
        JdbcDialect.SampleTarget target = new JdbcDialect.SampleTarget(schema, asset.name(),
                names.qualified(schema, asset.name()), names.list(columns));
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(maxRows);
            try (ResultSet rs = statement.executeQuery(dialect.sampleQuery(connection, target, maxRows))) {
                while (rows.size() < maxRows && rs.next()) {
                    List<String> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return new Sample(columns, rows);
    }
}
