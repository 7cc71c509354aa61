package io.custodian.plugins.patterns;

import java.util.regex.Pattern;

/**
 * The shapes phone numbers take in data. Spaces, dots, dashes, slashes and one pair of parentheses may
 * group the digits. A value is a phone number if it is
 * <ul>
 *   <li>international: {@code +} and 8 to 15 digits, the first not 0 (E.164), for example {@code +49 30 1234567};</li>
 *   <li>international with the {@code 00} exit code: {@code 00} and 8 to 15 digits;</li>
 *   <li>North American: {@code (555) 123-4567}, {@code 555-123-4567}, {@code 555.123.4567}, optionally after {@code 1} or {@code +1};</li>
 *   <li>national with a trunk prefix: {@code 0}, a digit 1-9, 9 to 12 digits in all, for example {@code 030 1234567},
 *       {@code 01632 960123}, {@code 0171/1234567}.</li>
 * </ul>
 * Bare digit runs that start with neither {@code +} nor {@code 0} are not phone numbers here: too many
 * identifiers look like that.
 */
final class PhoneNumbers {

    static final int MAX_LENGTH = 32;
    private static final Pattern NORTH_AMERICAN = Pattern.compile("^(?:\\+?1[-. ]?)?(?:\\([2-9]\\d{2}\\) ?|[2-9]\\d{2}[-. ])\\d{3}[-. ]\\d{4}$");

    private PhoneNumbers() {
    }

    static boolean isPhoneNumber(String value) {
        if (value.length() > MAX_LENGTH || !wellGrouped(value)) {
            return false;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (value.startsWith("+")) {
            return digits.length() >= 8 && digits.length() <= 15 && digits.charAt(0) != '0';
        }
        if (digits.startsWith("00") && value.startsWith("00")) {
            int national = digits.length() - 2;
            return national >= 8 && national <= 15 && digits.charAt(2) != '0';
        }
        if (NORTH_AMERICAN.matcher(value).matches()) {
            return true;
        }
        return value.startsWith("0") && digits.length() >= 9 && digits.length() <= 12 && digits.charAt(1) != '0';
    }

    /** Only digits and grouping characters, a leading '+' at most, balanced parentheses, no two separators in a row. */
    private static boolean wellGrouped(String value) {
        int open = 0;
        boolean previousSeparator = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                previousSeparator = false;
            } else if (c == '+') {
                if (i != 0) {
                    return false;
                }
            } else if (c == '(') {
                if (open++ > 0) {
                    return false;
                }
            } else if (c == ')') {
                if (--open < 0) {
                    return false;
                }
            } else if (c == ' ' || c == '-' || c == '.' || c == '/') {
                if (previousSeparator) {
                    return false;
                }
                previousSeparator = true;
            } else {
                return false;
            }
        }
        return open == 0;
    }
}
