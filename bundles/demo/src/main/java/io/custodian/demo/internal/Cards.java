package io.custodian.demo.internal;

import java.util.Random;

/**
 * Made-up payment card numbers with the issuer prefixes and lengths of Visa (4, 16 digits),
 * Mastercard (51-55, 16 digits) and American Express (34 or 37, 15 digits), each ending in its
 * Luhn check digit.
 */
final class Cards {

    private Cards() {
    }

    static String number(Random random) {
        int brand = random.nextInt(10);
        String prefix;
        int length;
        if (brand < 5) {
            prefix = "4";
            length = 16;
        } else if (brand < 9) {
            prefix = "5" + (1 + random.nextInt(5));
            length = 16;
        } else {
            prefix = random.nextBoolean() ? "34" : "37";
            length = 15;
        }
        String payload = prefix + Country.fill(random, "9".repeat(length - 1 - prefix.length()));
        return payload + Luhn.checkDigit(payload);
    }
}
