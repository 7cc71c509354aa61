package io.custodian.plugins.patterns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The value validators, one kind at a time: what they accept and what they refuse. */
class ValueRulesTest {

    @Test
    void emails() {
        accepts(Emails::isEmail, "ada@example.com", "first.last+tag@sub.example.co.uk", "x@y.io", "o'brien@example.ie",
                "user@xn--mller-kva.de");
        refuses(Emails::isEmail, "ada@", "@example.com", "a@@b.com", "a@b", "a..b@c.com", ".a@b.com", "a@b.c", "a@-b.com",
                "a b@c.com", "a@b.123", "x".repeat(65) + "@example.com", "ada@example.com.");
    }

    @Test
    void phoneNumbers() {
        accepts(PhoneNumbers::isPhoneNumber, "+4930123456", "+49 30 1234567", "+1 415-555-2671",
                "(555) 123-4567", "555.123.4567", "+1 (555) 123-4567", "0171 1234567", "030/1234567", "0044 20 7946 0958");
        refuses(PhoneNumbers::isPhoneNumber, "5551234567", "+0123456789", "+1234", "12:30", "2024-01-05", "01.02.2020",
                "192.168.1.1", "0000000000", "+49 30 12-34-56--7", "(555 123-4567", "phone", "+49 30 1234567 ext 2");
    }

    @Test
    void paymentCards() {
        accepts(PaymentCards::isCardNumber, "4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005",
                "6011000990139424", "4222222222222");
        refuses(PaymentCards::isCardNumber, "4111111111111112", "0000000000000000", "4111  1111 1111 1111", "-4111111111111111",
                "4111111111111111-", "411111111111", "41111111111111111111", "4111 1111 1111 111x");
    }

    @Test
    void ibans() {
        accepts(Ibans::isIban, "DE89 3704 0044 0532 0130 00", "de89370400440532013000", "GB82-WEST-1234-5698-7654-32", "NO9386011117947");
        refuses(Ibans::isIban, "DE89 3704 0044 0532 0130 01", "DE89 3704 0044 0532 0130 0", "ZZ89 3704 0044 0532 0130 00",
                "DE8X 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 0!", "");
    }

    @Test
    void ipv4Addresses() {
        accepts(Ipv4Addresses::isAddress, "0.0.0.0", "255.255.255.255", "192.168.1.10");
        refuses(Ipv4Addresses::isAddress, "256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4", "a.b.c.d", "1..2.3", "1.2.3.4/24");
    }

    @Test
    void birthDatesAreRealPastDatesSince1900() {
        BirthDates dates = new BirthDates(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
        accepts(dates::isBirthDate, "1984-03-07", "1984/03/07", "19840307", "07.03.1984", "31/12/1990", "12/31/1990",
                "2000-02-29", "1984-03-07T00:00:00Z", "1900-01-01", "2026-06-01");
        refuses(dates::isBirthDate, "2026-06-02", "1899-12-31", "1999-02-29", "1984-13-01", "31/31/1990", "1984-03-07x",
                "84-03-07", "yesterday", "1984-03/07");
    }

    @Test
    void personNames() {
        accepts(PersonNames::isPersonName, "Ada", "Ada Lovelace", "Jean-Luc Picard", "O'Brien", "Hopper, Grace", "J. R. R. Tolkien",
                "\u5C71\u7530\u592A\u90CE", "Zo\u00EB", "Mar\u00EDa Jos\u00E9 de la Cruz");
        refuses(PersonNames::isPersonName, "R2-D2", "Ada  Lovelace", " Ada", "ada@example.com", "1 Main Street", "a b c d e f", "-Ada");
    }

    @Test
    void postalCodes() {
        accepts(PostalCodes::isDistinctivePostalCode, "SW1A 1AA", "ec1a1bb", "K1A 0B1", "1012 AB", "M1 1AE");
        refuses(PostalCodes::isDistinctivePostalCode, "94105", "12345-6789", "D1A 0B1", "0123 AB");
        accepts(PostalCodes::isPostalCode, "94105", "60614-1234", "100-0001", "00-950", "114 55", "D-10115", "8000", "SW1A 1AA");
        refuses(PostalCodes::isPostalCode, "123", "1234567", "ABCDE", "94105-12", "12 34");
    }

    private static void accepts(Predicate<String> rule, String... values) {
        for (String value : List.of(values)) {
            assertTrue(rule.test(value), "should accept " + value);
        }
    }

    private static void refuses(Predicate<String> rule, String... values) {
        for (String value : List.of(values)) {
            assertFalse(rule.test(value), "should refuse " + value);
        }
    }
}
