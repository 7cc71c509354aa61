package io.custodian.plugins.files;

/**
 * One row as read: a value per column ({@code null} where the file has none) and what kind of value each was.
 *
 * @param values one per column of the reader at the time the row was read
 * @param kinds  the kind of each value
 */
record Row(String[] values, ValueKind[] kinds) {
}
