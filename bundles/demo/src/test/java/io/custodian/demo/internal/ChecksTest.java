package io.custodian.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void luhnAcceptsKnownNumbersAndRejectsAChangedDigit() {
        assertTrue(Luhn.isValid("79927398713"));
        assertTrue(Luhn.isValid("4111111111111111"));
        assertTrue(Luhn.isValid("378282246310005"));
        assertFalse(Luhn.isValid("79927398710"));
        assertFalse(Luhn.isValid("4111111111111121"));
        assertFalse(Luhn.isValid("4111-1111"));
        assertEquals('3', Luhn.checkDigit("7992739871"));
    }

    @Test
    void ibanCheckDigitsMatchPublishedExamples() {
        assertEquals("DE89370400440532013000", Iban.of("DE", "370400440532013000"));
        assertEquals("GB82WEST12345698765432", Iban.of("GB", "WEST12345698765432"));
        assertTrue(Iban.isValid("NL91ABNA0417164300"));
        assertFalse(Iban.isValid("NL91ABNA0417164301"));
        assertFalse(Iban.isValid("DE8937040044053201300"), "one digit short changes the remainder");
        assertFalse(Iban.isValid("de89370400440532013000"));
    }

    @Test
    void generatedCardsAndIbansOfEveryCountryPass() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            String card = Cards.number(random);
            assertTrue(Luhn.isValid(card), card);
            assertTrue(card.length() == 15 || card.length() == 16, card);
        }
        for (Country country : Countries.BY_SHARE) {
            String iban = country.iban(random);
            assertTrue(Iban.isValid(iban), iban);
            assertEquals(country.code(), iban.substring(0, 2));
            assertTrue(country.mobile(random).matches("\\+[1-9][0-9]{7,14}"));
        }
    }

    @Test
    void namesBecomePlainAsciiForEmailAddresses() {
        assertEquals("zoe", People.ascii("Zoë"));
        assertEquals("muller", People.ascii("Müller"));
        assertEquals("vandenberg", People.ascii("van den Berg"));
    }
}
