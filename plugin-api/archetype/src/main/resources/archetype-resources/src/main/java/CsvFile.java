package ${package};

import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read into memory: a header line and rows. Fields may be quoted ("a, b" and "say ""hi""");
 * a quoted field spanning lines is not supported. An empty field is read as SQL NULL.
 */
record CsvFile(List<String> header, List<List<String>> rows) {

    /** The header line only. */
    static List<String> readHeader(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? List.of() : headerOf(line);
        } catch (IOException e) {
            throw new ConnectorException(Diagnosis.OTHER, "The file " + file.getFileName() + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The whole file; short rows are padded with nulls, long rows cut, so every row has one value per column. */
    static CsvFile read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first == null) {
                return new CsvFile(List.of(), List.of());
            }
            List<String> header = headerOf(first);
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = fields(line);
                List<String> row = new ArrayList<>(header.size());
                for (int i = 0; i < header.size(); i++) {
                    String value = i < fields.size() ? fields.get(i) : null;
                    row.add(value == null || value.isEmpty() ? null : value);
                }
                rows.add(row);
            }
            return new CsvFile(header, rows);
        } catch (IOException e) {
            throw new ConnectorException(Diagnosis.OTHER, "The file " + file.getFileName() + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Where {@code column} is in each row. */
    int indexOf(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new ConnectorException(Diagnosis.OTHER, "The file has no column " + column + ".");
        }
        return index;
    }

    /** Every value of {@code column}, nulls included, in file order. */
    List<String> values(String column) {
        int index = indexOf(column);
        List<String> values = new ArrayList<>(rows.size());
        rows.forEach(row -> values.add(row.get(index)));
        return values;
    }

    private static List<String> headerOf(String line) {
        // A byte order mark would otherwise become part of the first column's name.
        String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        List<String> names = new ArrayList<>();
        for (String field : fields(text)) {
            names.add(field.strip());
        }
        return names;
    }

    /** Splits one line at commas outside double quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
