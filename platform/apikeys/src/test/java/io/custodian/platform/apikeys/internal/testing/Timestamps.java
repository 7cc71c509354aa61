package io.custodian.platform.apikeys.internal.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Time column values as JDBC drivers return them: H2 gives OffsetDateTime, PostgreSQL Timestamp. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new AssertionError("unexpected time value " + value.getClass());
    }
}
