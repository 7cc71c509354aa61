package io.custodian.plugins.files;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Reads the rows of one file, streaming; never holds more than one row. */
interface RowReader extends Closeable {

    /** The columns known so far, in file order. For JSON Lines read without fixed columns this grows as keys appear. */
    List<String> columns();

    /** The next row, or {@code null} at the end of the file. */
    Row next() throws IOException;

    /** Characters consumed so far, to estimate the row count of large files. */
    long charsRead();
}
