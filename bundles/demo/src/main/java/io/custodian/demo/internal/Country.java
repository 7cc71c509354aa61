package io.custodian.demo.internal;

import java.util.List;
import java.util.Random;

/**
 * What makes an address, a phone number and a bank account look like they come from one country.
 * In patterns, {@code 9} stands for a digit and {@code A} for an upper-case letter.
 *
 * @param code          ISO 3166 alpha-2 code
 * @param dialCode      the E.164 country calling code
 * @param mobilePrefixes mobile network prefixes after the calling code
 * @param mobileDigits  digits after the prefix
 * @param postalPattern the postal code's shape
 * @param streetFormat  {@code %1$s} the street name, {@code %2$d} the house number
 * @param bbanPattern   the national account number's shape, as the IBAN carries it
 * @param cities        towns people live in
 * @param streets       street names
 * @param lastNames     common family names
 */
record Country(String code, String dialCode, List<String> mobilePrefixes, int mobileDigits, String postalPattern,
               String streetFormat, String bbanPattern, List<String> cities, List<String> streets,
               List<String> lastNames) {

    /** A mobile number in E.164 form: {@code +}, calling code, national number, no spaces. */
    String mobile(Random random) {
        return "+" + dialCode + pick(random, mobilePrefixes) + fill(random, "9".repeat(mobileDigits));
    }

    String postalCode(Random random) {
        return fill(random, postalPattern);
    }

    String street(Random random) {
        return String.format(streetFormat, pick(random, streets), 1 + random.nextInt(180));
    }

    String iban(Random random) {
        return Iban.of(code, fill(random, bbanPattern));
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code pattern} with each {@code 9} replaced by a random digit and each {@code A} by a random letter. */
    static String fill(Random random, String pattern) {
        StringBuilder text = new StringBuilder(pattern.length());
        for (char c : pattern.toCharArray()) {
            text.append(switch (c) {
                case '9' -> (char) ('0' + random.nextInt(10));
                case 'A' -> (char) ('A' + random.nextInt(26));
                default -> c;
            });
        }
        return text.toString();
    }
}
