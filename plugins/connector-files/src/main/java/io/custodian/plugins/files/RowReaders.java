package io.custodian.plugins.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Opens the right {@link RowReader} for a file's format. */
final class RowReaders {

    private RowReaders() {
    }

    /**
     * A reader of {@code file}. {@code knownColumns} (the catalogued columns) fixes the columns of JSON Lines;
     * null discovers them. Delimited files always take their columns from the header.
     */
    static RowReader open(Path file, FileFormat format, List<String> knownColumns) throws IOException {
        if (format == FileFormat.JSON_LINES) {
            return JsonLinesRowReader.open(file, knownColumns);
        }
        return CsvRowReader.open(file, format);
    }
}
