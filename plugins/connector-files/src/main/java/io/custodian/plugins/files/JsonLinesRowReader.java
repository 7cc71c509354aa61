package io.custodian.plugins.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines: each non-blank line is one JSON object ({@link JsonLine}). With fixed columns (those of a
 * catalogued asset) other keys are ignored; without, columns are discovered as keys first appear. Missing keys
 * are nulls. Malformed lines are skipped and counted.
 */
final class JsonLinesRowReader extends CharSourceRowReader {

    /** A longer line is refused instead of filling memory. */
    static final int MAX_LINE_CHARS = CsvRowReader.MAX_RECORD_CHARS;

    private final boolean discover;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private long lines;
    private long malformed;

    private JsonLinesRowReader(CharSource in, List<String> fixedColumns) {
        super(in);
        this.discover = fixedColumns == null;
        if (fixedColumns != null) {
            fixedColumns.forEach(this::addColumn);
        }
    }

    /** Opens {@code file}; {@code fixedColumns} null means "discover the columns". */
    static JsonLinesRowReader open(Path file, List<String> fixedColumns) throws IOException {
        return new JsonLinesRowReader(new CharSource(file), fixedColumns);
    }

    @Override
    public List<String> columns() {
        return Collections.unmodifiableList(columns);
    }

    @Override
    public Row next() throws IOException {
        String line;
        while ((line = readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, JsonLine.Value> members = JsonLine.parse(line);
            if (members == null) {
                malformed++;
                continue;
            }
            if (discover) {
                for (String key : members.keySet()) {
                    if (!index.containsKey(key)) {
                        addColumn(key);
                    }
                }
            }
            String[] values = new String[columns.size()];
            ValueKind[] kinds = new ValueKind[columns.size()];
            members.forEach((key, value) -> {
                Integer at = index.get(key);
                if (at != null) {
                    values[at] = value.text();
                    kinds[at] = value.kind();
                }
            });
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == null) {
                    kinds[i] = ValueKind.JSON_STRING;
                }
            }
            return new Row(values, kinds);
        }
        return null;
    }

    /** Lines that were not a JSON object, so far. */
    long malformedLines() {
        return malformed;
    }

    private void addColumn(String name) {
        columns.add(name);
        index.put(name, columns.size() - 1);
    }

    private String readLine() throws IOException {
        if (in.peek() == -1) {
            return null;
        }
        lines++;
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.length() >= MAX_LINE_CHARS) {
                throw new RecordTooLongException(lines, MAX_LINE_CHARS);
            }
            line.append((char) c);
        }
        return line.toString();
    }
}
