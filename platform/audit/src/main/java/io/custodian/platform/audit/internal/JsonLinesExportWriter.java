package io.custodian.platform.audit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.FieldChange;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Lines: one JSON object per record, each on one line (JSON escapes line breaks inside values). */
final class JsonLinesExportWriter implements ExportWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;

    JsonLinesExportWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
        // JSON Lines has no header.
    }

    @Override
    public void write(AuditRecord r) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("sequence", r.sequence());
        line.put("time", r.time().toString());
        line.put("actor", r.actor());
        line.put("action", r.action());
        line.put("resource", r.resource());
        line.put("outcome", r.outcome().name());
        line.put("clientIp", r.clientIp());
        line.put("userAgent", r.userAgent());
        line.put("correlationId", r.correlationId());
        line.put("details", r.details());
        line.put("changes", changes(r.changes()));
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
    }

    private static List<Map<String, String>> changes(List<FieldChange> changes) {
        return changes.stream().map(c -> {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("field", c.field());
            item.put("before", c.before());
            item.put("after", c.after());
            return item;
        }).toList();
    }
}
