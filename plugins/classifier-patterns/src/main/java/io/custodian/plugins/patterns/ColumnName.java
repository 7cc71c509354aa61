package io.custodian.plugins.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column name split into lower-case words: {@code customerEmail_2} gives {@code customer, email, 2};
 * {@code DATE_OF_BIRTH} gives {@code date, of, birth}.
 */
final class ColumnName {

    /** What may follow a hint glued into one word: {@code emailaddress}, {@code phonenumber}, {@code zipcode}. */
    private static final Set<String> GLUED_SUFFIXES = Set.of("address", "addr", "number", "num", "no", "nr", "date", "code");
    /** Hints at least this long also match the end of a glued word: {@code useremail}, {@code homephone}. */
    private static final int MIN_SUFFIX_HINT = 5;

    private final List<String> words;

    private ColumnName(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** Splits {@code name} at non-letters/digits and at lower-to-upper case changes. */
    static ColumnName of(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (char c : (name == null ? "" : name).toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                flush(words, word);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                    flush(words, word);
                }
                word.append(c);
            }
            previous = c;
        }
        flush(words, word);
        return new ColumnName(words);
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    /** The words, lower case, in order. */
    List<String> words() {
        return words;
    }

    /** Whether one of the words is {@code word}. */
    boolean hasWord(String word) {
        return words.contains(word);
    }

    /**
     * Whether the name mentions {@code hint}: as a word, as consecutive words run together
     * ({@code e_mail}, {@code date_of_birth}), as a word that starts with the hint followed by a common suffix
     * ({@code emailaddress}), or, for hints of five letters or more, as the end of a word ({@code useremail}).
     */
    boolean mentions(String hint) {
        for (int start = 0; start < words.size(); start++) {
            String word = words.get(start);
            if (word.equals(hint)
                    || (hint.length() >= MIN_SUFFIX_HINT && word.endsWith(hint))
                    || (word.startsWith(hint) && GLUED_SUFFIXES.contains(word.substring(hint.length())))) {
                return true;
            }
            StringBuilder run = new StringBuilder(word);
            for (int end = start + 1; end < words.size() && run.length() < hint.length(); end++) {
                run.append(words.get(end));
                if (run.toString().equals(hint)) {
                    return true;
                }
            }
        }
        return false;
    }
}
