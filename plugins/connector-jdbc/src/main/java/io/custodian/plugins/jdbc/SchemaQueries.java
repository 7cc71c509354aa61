package io.custodian.plugins.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Catalog queries about one object of a schema, for the dialects: the SQL takes two parameters, the schema and the
 * object's name, in that order.
 */
public final class SchemaQueries {

    private SchemaQueries() {
    }

    /** The statement with both parameters set; the caller closes it. */
    public static PreparedStatement prepare(Connection connection, String sql, String schema, String name) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        try {
            query.setString(1, schema);
            query.setString(2, name);
            return query;
        } catch (SQLException e) {
            query.close();
            throw e;
        }
    }

    /** The first column of the first row as text, or {@code null} when there is no row. */
    public static String single(Connection connection, String sql, String schema, String name) throws SQLException {
        try (PreparedStatement query = prepare(connection, sql, schema, name); ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
