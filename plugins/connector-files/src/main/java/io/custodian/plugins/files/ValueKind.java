package io.custodian.plugins.files;

/** What a value was in its file, which narrows the types it can have: {@code "42"} in JSON is text, 42 a number. */
enum ValueKind {
    /** Delimited text: any type may be read from it. */
    TEXT,
    /** A JSON string: only text, dates and timestamps. */
    JSON_STRING,
    /** A JSON number. */
    JSON_NUMBER,
    /** A JSON boolean. */
    JSON_BOOLEAN,
    /** A JSON object or array, kept as its JSON text. */
    JSON_STRUCTURE
}
