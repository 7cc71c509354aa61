package io.custodian.plugins.jdbc;

import java.sql.Types;
import java.util.Set;

/** Which aggregates a column of a given JDBC type supports portably. */
final class ColumnAbilities {

    private static final Set<Integer> ORDERABLE = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
            Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL, Types.CHAR, Types.VARCHAR,
            Types.NCHAR, Types.NVARCHAR, Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIME_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE);

    /** Large objects, binaries and structured values: no length of a text form, no distinct. */
    private static final Set<Integer> OPAQUE = Set.of(Types.BLOB, Types.CLOB, Types.NCLOB, Types.BINARY, Types.VARBINARY,
            Types.LONGVARBINARY, Types.STRUCT, Types.JAVA_OBJECT, Types.OTHER, Types.ARRAY, Types.SQLXML, Types.REF);

    private ColumnAbilities() {
    }

    /** min/max make sense and work everywhere (numbers, text, dates; not booleans, which PostgreSQL cannot order). */
    static boolean orderable(int type) {
        return ORDERABLE.contains(type);
    }

    /** count(distinct) needs equality, which large objects and structured values may lack. */
    static boolean distinctable(int type) {
        return ORDERABLE.contains(type) || type == Types.BOOLEAN || type == Types.BIT;
    }

    /** The text form's length is meaningful. */
    static boolean measurable(int type) {
        return !OPAQUE.contains(type);
    }
}
