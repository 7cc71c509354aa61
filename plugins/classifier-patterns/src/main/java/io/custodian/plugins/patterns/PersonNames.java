package io.custodian.plugins.patterns;

/**
 * Text that reads like a person's name: one to five words of letters (any script), apostrophes, periods
 * or hyphens inside words, separated by single spaces, optionally "Last, First"; no digits; at most 100
 * characters. Product names and cities look the same, which is why person names are only suggested when
 * the column name says so, and with low confidence.
 */
final class PersonNames {

    static final int MAX_LENGTH = 100;
    private static final int MAX_WORDS = 5;

    private PersonNames() {
    }

    static boolean isPersonName(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        String[] words = value.replaceFirst(",(?= )", "").split(" ", -1);
        if (words.length > MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                return false;
            }
            for (int i = 0; i < word.length(); ) {
                int c = word.codePointAt(i);
                boolean allowed = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || c == '\'' || c == '\u2019' || c == '.' || c == '-';
                if (!allowed) {
                    return false;
                }
                i += Character.charCount(c);
            }
        }
        return true;
    }
}
