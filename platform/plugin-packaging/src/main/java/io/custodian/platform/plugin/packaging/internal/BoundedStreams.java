package io.custodian.platform.plugin.packaging.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies and reads streams while counting bytes, stopping as soon as a limit is passed. */
public final class BoundedStreams {

    private static final int BUFFER = 64 * 1024;

    private BoundedStreams() {
    }

    /**
     * Copies {@code in} to {@code out}.
     *
     * @return the number of bytes copied
     * @throws SizeLimitExceededException as soon as more than {@code maxBytes} bytes have been read
     */
    public static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw new SizeLimitExceededException(maxBytes);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    /**
     * Reads all of {@code in} into memory.
     *
     * @throws SizeLimitExceededException as soon as more than {@code maxBytes} bytes have been read
     */
    public static byte[] readAll(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, BUFFER));
        copy(in, out, maxBytes);
        return out.toByteArray();
    }

    /**
     * Reads {@code in} to its end without keeping anything.
     *
     * @return the number of bytes read
     * @throws SizeLimitExceededException as soon as more than {@code maxBytes} bytes have been read
     */
    public static long drain(InputStream in, long maxBytes) throws IOException {
        return copy(in, OutputStream.nullOutputStream(), maxBytes);
    }
}
