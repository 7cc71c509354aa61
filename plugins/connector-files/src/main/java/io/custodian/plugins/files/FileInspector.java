package io.custodian.plugins.files;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Describes one file as a catalogue asset: columns, types and nullability inferred from the header and the
 * first {@value #INFERENCE_ROWS} rows ({@link ColumnTypeGuess}); the row count counted exactly for files up to
 * {@value #EXACT_COUNT_MAX_BYTES} bytes and estimated from the inferred rows' average size above that; a change
 * token from the modification time and size. A file with no column (empty, or JSON Lines without one object)
 * is not an asset.
 */
final class FileInspector {

    static final int INFERENCE_ROWS = 1000;
    static final long EXACT_COUNT_MAX_BYTES = 64L * 1024 * 1024;

    private FileInspector() {
    }

    static Optional<DataAsset> inspect(Container container, Path file, FileFormat format) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        List<ColumnTypeGuess> guesses = new ArrayList<>();
        long rows = 0;
        long charsForInferredRows;
        String delimiter = null;
        try (RowReader reader = RowReaders.open(file, format, null)) {
            if (reader instanceof CsvRowReader) {
                delimiter = describe(((CsvRowReader) reader).delimiter());
            }
            Row row;
            while (rows < INFERENCE_ROWS && (row = reader.next()) != null) {
                while (guesses.size() < row.values().length) {
                    ColumnTypeGuess guess = new ColumnTypeGuess();
                    if (rows > 0) {
                        guess.markNullable(); // a JSON key that earlier rows lacked
                    }
                    guesses.add(guess);
                }
                for (int i = 0; i < row.values().length; i++) {
                    guesses.get(i).observe(row.values()[i], row.kinds()[i]);
                }
                rows++;
            }
            charsForInferredRows = reader.charsRead();
            boolean estimated = false;
            if (attributes.size() <= EXACT_COUNT_MAX_BYTES) {
                while (reader.next() != null) {
                    rows++;
                }
            } else if (rows > 0 && charsForInferredRows > 0) {
                rows = Math.round((double) attributes.size() * rows / charsForInferredRows);
                estimated = true;
            }
            List<String> names = reader.columns();
            while (guesses.size() < names.size()) {
                guesses.add(new ColumnTypeGuess()); // header columns of a file without data rows
            }
            if (names.isEmpty()) {
                return Optional.empty();
            }
            List<ColumnInfo> columns = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                columns.add(new ColumnInfo(names.get(i), i + 1, guesses.get(i).dataType(), guesses.get(i).nullable(), null, null));
            }
            String comment = format.label() + (delimiter == null ? "" : ", delimiter " + delimiter)
                    + "; columns inferred from the first " + INFERENCE_ROWS + " rows" + (estimated ? "; row count estimated" : "");
            String changeToken = changeToken(attributes);
            return Optional.of(new DataAsset(container, file.getFileName().toString(), AssetKind.FILE, columns, List.of(), List.of(),
                    null, comment, rows, changeToken));
        }
    }

    /** A file's change token: its modification time and size, which any rewrite of the file moves. */
    static String changeToken(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().toMillis() + "-" + attributes.size();
    }

    private static String describe(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
