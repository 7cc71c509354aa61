package io.custodian.platform.plugin.packaging.internal;

import java.util.Locale;

/** Small text helpers for refusal messages: values from untrusted input are quoted, shortened and cleaned. */
public final class Texts {

    /** Longest stretch of an untrusted value repeated in a message; a 10 MB name must not become a 10 MB message. */
    private static final int MAX_QUOTED = 80;

    private Texts() {
    }

    /** {@code value} in double quotes, cut to a readable length, with control characters shown as {@code ?}. */
    public static String quote(String value) {
        return value == null ? "(none)" : '"' + clip(value) + '"';
    }

    /** {@code value} cut to a readable length, with control characters shown as {@code ?}. */
    public static String clip(String value) {
        int shown = Math.min(value.length(), MAX_QUOTED);
        StringBuilder out = new StringBuilder(shown + 3);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        if (value.length() > MAX_QUOTED) {
            out.append("...");
        }
        return out.toString();
    }

    /** A byte count for people: {@code 512 bytes}, {@code 12.0 KiB}, {@code 50.0 MiB}. */
    public static String bytes(long count) {
        if (count < 1024) {
            return count + (count == 1 ? " byte" : " bytes");
        }
        if (count < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", count / 1024.0);
        }
        if (count < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", count / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GiB", count / (1024.0 * 1024 * 1024));
    }

    /**
     * {@code is <size>; the limit is <limit>}, in exact bytes when the rounded figures would read the same
     * (8.0 MiB against 8.0 MiB explains nothing).
     */
    public static String sizeAgainstLimit(long size, long limit) {
        String shown = bytes(size);
        String shownLimit = bytes(limit);
        if (shown.equals(shownLimit)) {
            shown = String.format(Locale.ROOT, "%,d bytes", size);
            shownLimit = String.format(Locale.ROOT, "%,d bytes", limit);
        }
        return "is " + shown + "; the limit is " + shownLimit;
    }

    /** True if {@code value} holds a control character (line breaks included). */
    public static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
