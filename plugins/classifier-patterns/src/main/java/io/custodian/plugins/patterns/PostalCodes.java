package io.custodian.plugins.patterns;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Postal codes. Some formats are distinctive enough to count without a column-name hint: United Kingdom
 * ({@code SW1A 1AA}), Canada ({@code K1A 0B1}), the Netherlands ({@code 1012 AB}). The rest are digit groups
 * that identifiers share, so they only count when the name speaks of a postal code: four to six digits
 * (Germany, France, Switzerland, India...), US ZIP+4 ({@code 12345-6789}), Japan ({@code 100-0001}),
 * Poland ({@code 00-950}), Sweden/Czechia ({@code 114 55}), and country-prefixed codes ({@code D-10115}).
 */
final class PostalCodes {

    static final int MAX_LENGTH = 10;
    private static final Pattern DISTINCTIVE = Pattern.compile(
            "^(?:[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"                     // United Kingdom
                    + "|[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d"  // Canada
                    + "|[1-9]\\d{3} ?[A-Z]{2})$");                       // the Netherlands
    private static final Pattern NUMERIC = Pattern.compile(
            "^(?:\\d{4,6}|\\d{5}-\\d{4}|\\d{3}-\\d{4}|\\d{2}-\\d{3}|\\d{3} \\d{2}|[A-Z]{1,2}-\\d{4,5})$");

    private PostalCodes() {
    }

    /** A distinctive format: counts without a name hint. */
    static boolean isDistinctivePostalCode(String value) {
        return value.length() <= MAX_LENGTH && DISTINCTIVE.matcher(value.toUpperCase(Locale.ROOT)).matches();
    }

    /** Any known format: counts when the column name speaks of postal codes. */
    static boolean isPostalCode(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        return DISTINCTIVE.matcher(upper).matches() || NUMERIC.matcher(upper).matches();
    }
}
