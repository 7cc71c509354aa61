package io.custodian.plugins.patterns;

/**
 * Payment card numbers (PANs) as stored: 13 to 19 digits, optionally grouped by single spaces or dashes,
 * passing the {@link Luhn} check, and not a run of one repeated digit (which passes Luhn trivially).
 * Issuer prefixes are not checked: new ranges appear every year, and a column of Luhn-valid 16-digit
 * numbers is worth a steward's look whatever the issuer.
 */
final class PaymentCards {

    static final int MAX_LENGTH = 19 + 18;

    private PaymentCards() {
    }

    static boolean isCardNumber(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        StringBuilder digits = new StringBuilder(19);
        char previous = ' ';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if ((c == ' ' || c == '-') && i > 0 && previous >= '0' && previous <= '9' && i < value.length() - 1) {
                // a single separator between digits
            } else {
                return false;
            }
            previous = c;
        }
        int n = digits.length();
        if (n < 13 || n > 19) {
            return false;
        }
        String number = digits.toString();
        return number.chars().distinct().count() > 1 && Luhn.isValid(number);
    }
}
