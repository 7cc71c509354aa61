package io.custodian.plugins.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** Quotes identifiers with the database's own quote string, so any name (mixed case, spaces, keywords) works. */
public final class SqlNames {

    private final String quote;

    /** Names quoted as {@code metaData} says; a blank quote string means the database cannot quote. */
    public SqlNames(DatabaseMetaData metaData) throws SQLException {
        String q = metaData.getIdentifierQuoteString();
        this.quote = q == null || q.isBlank() ? "" : q.strip();
    }

    /** {@code name} quoted, with embedded quotes doubled. */
    public String quote(String name) {
        if (quote.isEmpty()) {
            return name;
        }
        return quote + name.replace(quote, quote + quote) + quote;
    }

    /** {@code "schema"."table"}. */
    public String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }

    /** The quoted names joined by commas. */
    public String list(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }
}
