package io.custodian.plugins.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The characters of a UTF-8 file, buffered, with one character of look-ahead and a count of characters read.
 * A byte-order mark is skipped; malformed bytes become U+FFFD rather than failing the read, since a catalogue
 * should still describe a file with a few broken bytes.
 */
final class CharSource implements Closeable {

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int length;
    private long consumed;

    CharSource(Path file) throws IOException {
        this.in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
        if (peek() == '\uFEFF') {
            read();
        }
    }

    /** The next character, or -1 at the end. */
    int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        consumed++;
        return buffer[position++];
    }

    /** The next character without consuming it, or -1 at the end. */
    int peek() throws IOException {
        return fill() ? buffer[position] : -1;
    }

    long consumed() {
        return consumed;
    }

    private boolean fill() throws IOException {
        if (position < length) {
            return true;
        }
        length = in.read(buffer);
        position = 0;
        if (length <= 0) {
            length = 0;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
