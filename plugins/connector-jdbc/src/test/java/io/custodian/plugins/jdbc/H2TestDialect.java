package io.custodian.plugins.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** H2's view definitions, as the H2 connector reads them; enough to test the hook. */
final class H2TestDialect implements JdbcDialect {

    @Override
    public String viewDefinition(Connection connection, String schema, String view) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            query.setString(1, schema);
            query.setString(2, view);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
