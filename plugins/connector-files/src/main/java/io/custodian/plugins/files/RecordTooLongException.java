package io.custodian.plugins.files;

import java.io.IOException;

/** A record (CSV row or JSON line) longer than the connector is willing to hold in memory. */
final class RecordTooLongException extends IOException {

    private static final long serialVersionUID = 1L;

    RecordTooLongException(long recordNumber, int limit) {
        super("record " + recordNumber + " is longer than " + limit + " characters");
    }
}
