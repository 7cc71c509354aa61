package io.custodian.scanning.internal.store;

import io.custodian.scanning.internal.entity.ScanRunEntity;
import java.time.Instant;

/**
 * Where a page of the run history ended: the last run's queue time and id, written {@code <epoch millis>~<id>}.
 * Runs are ordered by queue time, then id, both descending, so the cursor stays right while new runs arrive.
 */
record RunCursor(Instant queuedAt, String id) {

    static RunCursor of(ScanRunEntity last) {
        return new RunCursor(last.getQueuedAt(), last.getId());
    }

    /**
     * Reads a cursor.
     *
     * @throws IllegalArgumentException when the text is not one this store wrote
     */
    static RunCursor parse(String text) {
        int tilde = text.indexOf('~');
        if (tilde <= 0 || tilde == text.length() - 1) {
            throw new IllegalArgumentException("not a run cursor: " + text);
        }
        try {
            return new RunCursor(Instant.ofEpochMilli(Long.parseLong(text.substring(0, tilde))), text.substring(tilde + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a run cursor: " + text, e);
        }
    }

    String text() {
        return queuedAt.toEpochMilli() + "~" + id;
    }
}
