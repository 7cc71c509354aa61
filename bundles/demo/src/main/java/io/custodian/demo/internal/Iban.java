package io.custodian.demo.internal;

import java.math.BigInteger;
import java.util.Locale;

/**
 * International bank account numbers (ISO 13616): country code, two check digits chosen so that the
 * number read as digits (the first four characters moved to the end, letters as 10 to 35) leaves
 * the remainder 1 when divided by 97.
 */
final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The IBAN of a national account number {@code bban} in {@code country} (two letters). */
    static String of(String country, String bban) {
        String upperCountry = country.toUpperCase(Locale.ROOT);
        int remainder = remainder(bban + upperCountry + "00");
        int check = 98 - remainder;
        return upperCountry + (check < 10 ? "0" : "") + check + bban;
    }

    /** Whether {@code iban} (no spaces) passes the mod-97 check. */
    static boolean isValid(String iban) {
        if (iban == null || iban.length() < 5 || !iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            return false;
        }
        return remainder(iban.substring(4) + iban.substring(0, 4)) == 1;
    }

    private static int remainder(String text) {
        StringBuilder digits = new StringBuilder(text.length() * 2);
        for (char c : text.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
