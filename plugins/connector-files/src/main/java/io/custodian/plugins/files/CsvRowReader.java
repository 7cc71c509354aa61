package io.custodian.plugins.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads delimited text as RFC 4180 describes it: a header record naming the columns, fields optionally in
 * double quotes (which may hold delimiters, line breaks and doubled quotes), records ended by LF, CRLF or CR.
 * An unquoted empty field is a null; a quoted empty field is an empty string. Blank lines are skipped; a row
 * with fewer fields than the header has nulls for the rest, extra fields are ignored. The delimiter of a
 * {@code .csv} file is whichever of {@code , ; TAB |} occurs most often outside quotes in its header.
 * Header names are trimmed; blank ones become {@code column_<n>} and repeated ones get a {@code _2}, {@code _3}... suffix.
 */
final class CsvRowReader extends CharSourceRowReader {

    /** A longer record is refused instead of filling memory. */
    static final int MAX_RECORD_CHARS = 4 * 1024 * 1024;
    private static final char[] CANDIDATE_DELIMITERS = {',', ';', '\t', '|'};

    private final char delimiter;
    private List<String> columns = List.of();
    private long records;

    private CsvRowReader(CharSource in, char delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    /** Opens {@code file}; reads its header. A file without any record has no columns. */
    static CsvRowReader open(Path file, FileFormat format) throws IOException {
        char delimiter = format == FileFormat.TSV ? '\t' : sniffDelimiter(file);
        CharSource in = new CharSource(file);
        try {
            CsvRowReader reader = new CsvRowReader(in, delimiter);
            List<String> header = reader.nextRecord();
            reader.columns = header == null ? List.of() : headerNames(header);
            return reader;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The delimiter used, for the asset's comment. */
    char delimiter() {
        return delimiter;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Row next() throws IOException {
        List<String> record = nextRecord();
        if (record == null) {
            return null;
        }
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length && i < record.size(); i++) {
            values[i] = record.get(i);
        }
        ValueKind[] kinds = new ValueKind[values.length];
        Arrays.fill(kinds, ValueKind.TEXT);
        return new Row(values, kinds);
    }

    /** The next non-blank record's fields, or null at the end. */
    private List<String> nextRecord() throws IOException {
        while (true) {
            List<String> record = readRecord();
            if (record == null) {
                return null;
            }
            if (!(record.size() == 1 && record.get(0) == null)) {
                return record;
            }
        }
    }

    private List<String> readRecord() throws IOException {
        if (in.peek() == -1) {
            return null;
        }
        records++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        int size = 0;
        while (true) {
            int c = in.read();
            if (c == -1) {
                fields.add(finish(field, quoted));
                return fields;
            }
            if (++size > MAX_RECORD_CHARS) {
                throw new RecordTooLongException(records, MAX_RECORD_CHARS);
            }
            if (inQuotes) {
                if (c == '"') {
                    if (in.peek() == '"') {
                        in.read();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == delimiter) {
                fields.add(finish(field, quoted));
                quoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && in.peek() == '\n') {
                    in.read();
                }
                fields.add(finish(field, quoted));
                return fields;
            } else if (c == '"' && field.length() == 0 && !quoted) {
                quoted = true;
                inQuotes = true;
            } else {
                field.append((char) c);
            }
        }
    }

    private static String finish(StringBuilder field, boolean quoted) {
        String value = field.length() == 0 && !quoted ? null : field.toString();
        field.setLength(0);
        return value;
    }

    private static List<String> headerNames(List<String> raw) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i) == null ? "" : raw.get(i).strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
            }
            String unique = name;
            for (int n = 2; !used.add(unique); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
        }
        return names;
    }

    private static char sniffDelimiter(Path file) throws IOException {
        int[] counts = new int[CANDIDATE_DELIMITERS.length];
        try (CharSource in = new CharSource(file)) {
            boolean inQuotes = false;
            for (int i = 0; i < MAX_RECORD_CHARS; i++) {
                int c = in.read();
                if (c == -1 || (!inQuotes && (c == '\n' || c == '\r'))) {
                    break;
                }
                if (c == '"') {
                    inQuotes = !inQuotes;
                }
                for (int d = 0; d < CANDIDATE_DELIMITERS.length && !inQuotes; d++) {
                    if (c == CANDIDATE_DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return CANDIDATE_DELIMITERS[best];
    }
}
