package io.custodian.plugins.patterns;

/** The Luhn (mod 10) checksum of payment card numbers (ISO/IEC 7812-1). Digits only. */
final class Luhn {

    private Luhn() {
    }

    /** The Luhn sum of {@code digits} modulo 10; 0 means the number is valid. */
    static int checksum(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digit(digits, i);
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10;
    }

    /** Whether {@code digits} (at least one digit) has a valid Luhn check digit. */
    static boolean isValid(String digits) {
        return !digits.isEmpty() && checksum(digits) == 0;
    }

    /** The digit to append to {@code digits} to make it valid. */
    static int checkDigit(String digits) {
        return (10 - checksum(digits + "0")) % 10;
    }

    private static int digit(String digits, int index) {
        char c = digits.charAt(index);
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException("not a digit at position " + index);
        }
        return c - '0';
    }
}
