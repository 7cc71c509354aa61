package io.custodian.platform.persistence.api;

import java.time.Instant;
import java.util.Date;

/**
 * Between {@link Instant}, which entity accessors speak, and {@link Date}, which entity fields
 * must hold because OpenJPA 3.2 (JPA 2.1) does not map {@code Instant}. Both directions keep null.
 */
public final class JpaTimestamps {

    private JpaTimestamps() {
    }

    /** The column value for {@code instant}, or null. */
    public static Date toDate(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** The instant of a column value, or null. */
    public static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
