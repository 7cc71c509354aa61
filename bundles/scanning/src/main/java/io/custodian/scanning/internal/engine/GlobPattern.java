package io.custodian.scanning.internal.engine;

import java.util.regex.Pattern;

/**
 * One include or exclude pattern of a scan definition, matched against the dataset name of a table, view, file or
 * container below the source ({@code sales.public.orders}, {@code data/sales/2024/q1.csv}):
 * {@code *} matches within one name (never a {@code .} or {@code /}), {@code **} across names, {@code ?} one
 * character of a name; case is ignored, because databases disagree about it ({@code PUBLIC} in H2, {@code public} in
 * PostgreSQL). A pattern matches a dataset name when it matches the whole name or a trailing part of it that starts
 * after a {@code .} or {@code /}, so {@code public.*} matches {@code sales.public.orders} without naming the database,
 * and {@code sales/2024/*} matches {@code data/sales/2024/q1.csv} without naming the root folder.
 */
final class GlobPattern {

    private final String text;
    private final Pattern regex;

    private GlobPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException when it is blank
     */
    static GlobPattern compile(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a pattern must not be blank");
        }
        String glob = text.strip();
        // A trailing part starts at the beginning or right after a separator.
        StringBuilder regex = new StringBuilder("(?:.*[./])?");
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^./]*");
            } else if (c == '?') {
                regex.append("[^./]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new GlobPattern(glob, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    }

    /** Whether the pattern matches the dataset name or one of its trailing parts. */
    boolean matches(String datasetName) {
        return regex.matcher(datasetName).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
