package io.custodian.platform.plugin.runtime.internal;

/** Turns text that came from a plugin into one short line that is safe to show and to log. */
public final class FailureText {

    /** The longest plugin-supplied message kept; the rest is cut, so a pasted stack trace cannot come through. */
    public static final int MAX_MESSAGE_CHARS = 300;

    private FailureText() {
    }

    /**
     * {@code text} on one line: control characters (line breaks, tabs) become spaces, runs of spaces collapse,
     * and anything beyond {@code maxChars} is replaced by an ellipsis. Null or blank text gives an empty string.
     */
    public static String oneLine(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(Math.min(text.length(), maxChars + 1));
        boolean lastWasSpace = true;
        for (int i = 0; i < text.length() && line.length() <= maxChars; i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isISOControl(c);
            if (space && !lastWasSpace) {
                line.append(' ');
            } else if (!space) {
                line.append(c);
            }
            lastWasSpace = space;
        }
        String result = line.toString().strip();
        return result.length() > maxChars ? result.substring(0, maxChars) + "…" : result;
    }

    /** The name of a throwable's class that a user can read: the simple name, or the full name for anonymous classes. */
    public static String typeName(Throwable error) {
        String simple = error.getClass().getSimpleName();
        return simple.isEmpty() ? error.getClass().getName() : simple;
    }
}
