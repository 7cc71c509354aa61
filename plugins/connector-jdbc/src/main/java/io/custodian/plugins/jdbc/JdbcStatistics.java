package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.TableStatistics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Column statistics from ONE aggregate query per table: {@code count(*)}, and per column {@code count(col)}
 * (null share), {@code count(distinct col)} unless the dialect has an estimate, min/max on orderable types,
 * and the average length of the text form through the dialect.
 */
public final class JdbcStatistics {

    private final Connection connection;
    private final JdbcDialect dialect;
    private final JdbcCatalog catalog;

    /** Statistics on an open connection. */
    public JdbcStatistics(Connection connection, JdbcDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
        this.catalog = new JdbcCatalog(connection, dialect);
    }

    /**
     * Statistics of {@code columns} of {@code asset}.
     *
     * @throws IllegalArgumentException when a column does not exist in the table
     */
    public TableStatistics of(DataAsset asset, List<String> columns) throws SQLException {
        String schema = asset.container().name();
        Map<String, Integer> types = catalog.columnTypes(schema, asset.name());
        for (String column : columns) {
            if (!types.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column + " in " + schema + "." + asset.name());
            }
        }
        Map<String, Long> estimates = dialect.approximateDistinct(connection, schema, asset.name());
        SqlNames names = new SqlNames(connection.getMetaData());
        List<ColumnQuery> plan = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        int index = 2;
        for (String column : columns) {
            ColumnQuery query = new ColumnQuery(column, types.get(column), estimates.get(column), index);
            index = query.appendTo(sql, names.quote(column), dialect);
            plan.add(query);
        }
        sql.append(" FROM ").append(names.qualified(schema, asset.name()));
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql.toString())) {
            rs.next();
            long rows = rs.getLong(1);
            List<ColumnStatistics> result = new ArrayList<>();
            for (ColumnQuery query : plan) {
                result.add(query.read(rs, rows));
            }
            return new TableStatistics(rows, result);
        }
    }

    /** The aggregates asked for one column and where their values sit in the result row. */
    private static final class ColumnQuery {
        private final String column;
        private final int type;
        private final Long estimate;
        private final int first;
        private int distinctAt;
        private int minAt;
        private int lengthAt;

        ColumnQuery(String column, int type, Long estimate, int first) {
            this.column = column;
            this.type = type;
            this.estimate = estimate;
            this.first = first;
        }

        /** Appends this column's aggregates; returns the next free result index. */
        int appendTo(StringBuilder sql, String quoted, JdbcDialect dialect) {
            int next = first;
            sql.append(", count(").append(quoted).append(")");
            next++;
            if (estimate == null && ColumnAbilities.distinctable(type)) {
                sql.append(", count(distinct ").append(quoted).append(")");
                distinctAt = next++;
            }
            if (ColumnAbilities.orderable(type)) {
                sql.append(", min(").append(quoted).append("), max(").append(quoted).append(")");
                minAt = next;
                next += 2;
            }
            if (ColumnAbilities.measurable(type)) {
                sql.append(", avg(").append(dialect.textLength(quoted)).append(")");
                lengthAt = next++;
            }
            return next;
        }

        ColumnStatistics read(ResultSet rs, long rows) throws SQLException {
            long nonNull = rs.getLong(first);
            Double nullShare = rows == 0 ? null : (rows - nonNull) / (double) rows;
            Long distinct = estimate != null ? estimate : distinctAt > 0 ? rs.getLong(distinctAt) : null;
            String min = minAt > 0 ? rs.getString(minAt) : null;
            String max = minAt > 0 ? rs.getString(minAt + 1) : null;
            Double length = null;
            if (lengthAt > 0) {
                double value = rs.getDouble(lengthAt);
                length = rs.wasNull() ? null : value;
            }
            return new ColumnStatistics(column, nullShare, distinct, estimate != null, min, max, length);
        }
    }
}
