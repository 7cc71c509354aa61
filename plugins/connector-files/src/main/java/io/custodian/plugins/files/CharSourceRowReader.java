package io.custodian.plugins.files;

import java.io.IOException;

/** A {@link RowReader} over the characters of one file: counts what it consumed and closes the file with itself. */
abstract class CharSourceRowReader implements RowReader {

    /** The file's characters; the subclass parses its format from them. */
    final CharSource in;

    CharSourceRowReader(CharSource in) {
        this.in = in;
    }

    @Override
    public final long charsRead() {
        return in.consumed();
    }

    @Override
    public final void close() throws IOException {
        in.close();
    }
}
