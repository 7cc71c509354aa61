package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditRecord;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, a header row, cells quoted when they hold a comma, a quote or a
 * line break, quotes doubled. Details and changes are JSON text in one cell each.
 */
final class CsvExportWriter implements ExportWriter {

    static final List<String> HEADER = List.of("sequence", "time", "actor", "action", "resource", "outcome",
            "client_ip", "user_agent", "correlation_id", "details", "changes");

    private final Writer out;

    CsvExportWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        row(HEADER);
    }

    @Override
    public void write(AuditRecord r) throws IOException {
        row(List.of(Long.toString(r.sequence()), r.time().toString(), r.actor(), r.action(), r.resource(),
                r.outcome().name(), r.clientIp(), r.userAgent(), r.correlationId(),
                AuditDetails.toJson(r.details()), AuditDetails.changesToJson(r.changes())));
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * The cell as written. Text that a spreadsheet would evaluate (starting with {@code = + - @},
     * tab or carriage return) gets a leading {@code '}: audit fields such as the user agent are
     * chosen by whoever calls the API, and an export must not run their formulas.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
