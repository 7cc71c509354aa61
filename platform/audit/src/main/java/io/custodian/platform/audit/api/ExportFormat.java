package io.custodian.platform.audit.api;

/** File formats of {@link AuditSearch#export}. */
public enum ExportFormat {
    /** RFC 4180 CSV with a header row; cells that a spreadsheet would run as a formula are prefixed with {@code '}. */
    CSV("text/csv", "csv"),
    /** JSON Lines: one JSON object per record and line. */
    JSON_LINES("application/x-ndjson", "jsonl");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The HTTP media type, without parameters; the text is always UTF-8. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
