package io.custodian.demo.internal;

/**
 * The Luhn (mod 10) check digit of payment card numbers: doubling every second digit from the
 * right, the sum of all digits is a multiple of ten.
 */
final class Luhn {

    private Luhn() {
    }

    /** Whether {@code digits} (digits only) carries a valid Luhn check digit. */
    static boolean isValid(String digits) {
        if (digits == null || digits.length() < 2 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return sum(digits, false) % 10 == 0;
    }

    /** The check digit to append to {@code payload} (digits only). */
    static char checkDigit(String payload) {
        int remainder = sum(payload, true) % 10;
        return (char) ('0' + (10 - remainder) % 10);
    }

    /**
     * The Luhn sum; {@code doubleLast} says whether the rightmost digit is doubled, which it is when a
     * check digit will still be appended after it.
     */
    private static int sum(String digits, boolean doubleLast) {
        int sum = 0;
        boolean doubled = doubleLast;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }
}
