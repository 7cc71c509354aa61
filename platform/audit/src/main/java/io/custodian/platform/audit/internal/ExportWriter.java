package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.ExportFormat;
import java.io.IOException;
import java.io.Writer;

/** Writes audit records in one export format. */
interface ExportWriter {

    /** Writes whatever comes before the first record (a header row). */
    void begin() throws IOException;

    /** Writes one record. */
    void write(AuditRecord record) throws IOException;

    static ExportWriter of(ExportFormat format, Writer out) {
        return switch (format) {
            case CSV -> new CsvExportWriter(out);
            case JSON_LINES -> new JsonLinesExportWriter(out);
        };
    }
}
