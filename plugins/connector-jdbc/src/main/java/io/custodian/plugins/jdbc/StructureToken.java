package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ForeignKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A change token for databases that keep no modification time or change counter (H2): a digest of what the
 * connector read anyway (columns, keys, view SQL, comment) and the row estimate. A re-scan then skips a table
 * whose structure and size are unchanged; an update that changes neither goes unnoticed until the next full scan.
 */
final class StructureToken {

    private StructureToken() {
    }

    static String of(List<ColumnInfo> columns, List<String> primaryKey, List<ForeignKey> foreignKeys, String view,
                     String comment, long rows) {
        StringBuilder text = new StringBuilder();
        for (ColumnInfo column : columns) {
            text.append(column.name()).append('\u0000').append(column.dataType()).append('\u0000').append(column.nullable())
                    .append('\u0000').append(column.defaultValue()).append('\u0000').append(column.comment()).append('\u0001');
        }
        text.append(primaryKey).append('\u0001').append(foreignKeys).append('\u0001').append(view).append('\u0001')
                .append(comment);
        return "rows:" + rows + ";structure:" + HexFormat.of().formatHex(sha256(text.toString())).substring(0, 32);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
