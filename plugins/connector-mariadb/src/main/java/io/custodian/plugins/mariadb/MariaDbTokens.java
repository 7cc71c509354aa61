package io.custodian.plugins.mariadb;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every change token of one database (schema) from one query of {@code information_schema}: the tables and views the
 * MariaDB driver's getTables lists for the dialect's table types, each with the token
 * {@link MariaDbDialect#changeToken} gives it. The columns and view digests are computed per schema and joined, rather
 * than per table as the per-table query does, so the server reads COLUMNS and VIEWS once.
 */
final class MariaDbTokens {

    /** getTables maps TABLE to 'BASE TABLE' and 'SYSTEM VERSIONED', and passes BASE TABLE and VIEW on as they are. */
    private static final String TOKENS = "SELECT t.TABLE_NAME, t.TABLE_TYPE, t.UPDATE_TIME, t.CREATE_TIME, t.TABLE_ROWS,"
            + " c.COLUMNS_DIGEST, v.VIEW_DIGEST"
            + " FROM information_schema.TABLES t"
            + " LEFT JOIN (SELECT c.TABLE_NAME, md5(group_concat(" + MariaDbDialect.COLUMN_SIGNATURE
            + "   ORDER BY c.ORDINAL_POSITION SEPARATOR ',')) AS COLUMNS_DIGEST"
            + "  FROM information_schema.COLUMNS c WHERE c.TABLE_SCHEMA = ? GROUP BY c.TABLE_NAME) c ON c.TABLE_NAME = t.TABLE_NAME"
            + " LEFT JOIN (SELECT v.TABLE_NAME, md5(v.VIEW_DEFINITION) AS VIEW_DIGEST"
            + "  FROM information_schema.VIEWS v WHERE v.TABLE_SCHEMA = ?) v ON v.TABLE_NAME = t.TABLE_NAME"
            + " WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW')"
            + " ORDER BY t.TABLE_NAME";

    private MariaDbTokens() {
    }

    static List<AssetToken> of(Connection connection, String schema) throws SQLException {
        List<AssetToken> tokens = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TOKENS)) {
            query.setString(1, schema);
            query.setString(2, schema);
            query.setString(3, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    AssetKind kind = "VIEW".equals(rs.getString("TABLE_TYPE")) ? AssetKind.VIEW : AssetKind.TABLE;
                    String token = MariaDbDialect.changeToken(rs.getString("UPDATE_TIME"), rs.getString("CREATE_TIME"),
                            rs.getString("TABLE_ROWS"), rs.getString("COLUMNS_DIGEST"), rs.getString("VIEW_DIGEST"));
                    tokens.add(new AssetToken(rs.getString("TABLE_NAME"), kind, token));
                }
            }
        }
        return tokens;
    }
}
