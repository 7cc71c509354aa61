package io.custodian.plugins.files;

import java.util.Locale;
import java.util.Optional;

/** The file formats the connector reads, known by file extension. */
enum FileFormat {
    /** Comma (or semicolon, tab, pipe: detected from the header line) separated values with a header line. */
    CSV("csv"),
    /** Tab separated values with a header line. */
    TSV("tsv"),
    /** One JSON object per line ({@code .jsonl}, {@code .ndjson}). */
    JSON_LINES("json lines");

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    /** The format of a file named {@code fileName}, or empty if the connector does not read it. */
    static Optional<FileFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        } else if (name.endsWith(".tsv")) {
            return Optional.of(TSV);
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        return Optional.empty();
    }

    /** How the format is named in an asset's comment. */
    String label() {
        return label;
    }
}
