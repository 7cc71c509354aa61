package io.custodian.plugins.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validators against third-party test vectors, so "Luhn-valid" and "valid IBAN" mean what others mean. */
class PublishedVectorsTest {

    @Test
    void luhnAgreesWithPythonStdnum() {
        int checked = 0;
        for (Map<String, Object> c : cases(PublishedVectors.read("luhn_python_stdnum.json"), "cases")) {
            if (c.get("alphabet") != null) {
                continue; // custom alphabets are a python-stdnum feature; card numbers are decimal
            }
            String input = (String) c.get("input");
            String expected = (String) c.get("expected");
            switch ((String) c.get("function")) {
                case "checksum":
                    assertEquals(Integer.parseInt(expected), Luhn.checksum(input), input);
                    break;
                case "validate":
                    assertEquals(!expected.contains("InvalidChecksum"), Luhn.isValid(input), input);
                    break;
                case "calc_check_digit":
                    assertEquals(Integer.parseInt(expected.replace("'", "")), Luhn.checkDigit(input), input);
                    break;
                default:
                    throw new AssertionError("unknown function in vectors: " + c.get("function"));
            }
            checked++;
        }
        assertEquals(10, checked);
    }

    @Test
    void cardNumbersAgreeWithValidatorJsAndPresidio() {
        int checked = 0;
        List<String> disagreements = new ArrayList<>();
        for (Map<String, Object> c : cases(PublishedVectors.read("credit_cards.json"), "cases")) {
            String check = (String) c.get("check");
            if (check.equals("isCreditCard")) {
                String number = (String) c.get("number");
                boolean expected = (Boolean) c.get("expected_valid");
                if (expected && !PaymentCards.isCardNumber(number)) {
                    disagreements.add("should accept " + number);
                }
                // validator.js also checks issuer prefixes per provider, which we deliberately do not: only
                // numbers that fail Luhn or the 13-19 digit shape must be refused here.
                boolean luhnOk = Boolean.TRUE.equals(c.get("luhn_ok_local"));
                if (!expected && (!luhnOk || !shapeOk(number)) && PaymentCards.isCardNumber(number)) {
                    disagreements.add("should refuse " + number);
                }
                checked++;
            } else if (check.startsWith("presidio")) {
                String text = (String) c.get("text");
                if (text.matches("[0-9 -]+") && !text.contains("  ")) {
                    int expectedCount = ((Number) c.get("expected_count")).intValue();
                    boolean accepted = PaymentCards.isCardNumber(text);
                    // presidio's recogniser also wants known issuer prefixes (1748503543012 passes Luhn but is
                    // refused there); so a 0 is only binding when the number fails Luhn.
                    boolean luhnOk = Luhn.isValid(text.replaceAll("[ -]", ""));
                    if ((expectedCount == 1 && !accepted) || (expectedCount == 0 && !luhnOk && accepted)) {
                        disagreements.add("presidio expects " + expectedCount + " card(s) in " + text);
                    }
                    checked++;
                }
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.toString());
        assertTrue(checked > 200, "only " + checked + " card vectors checked");
    }

    @Test
    @SuppressWarnings("unchecked")
    void ibansAgreeWithPythonStdnum() {
        Map<String, Object> groups = (Map<String, Object>) PublishedVectors.read("iban_python_stdnum.json").get("groups");
        assertAll(groups, "valid_registry_samples", true);
        assertAll(groups, "invalid_checksum_or_mangled", false);
        assertAll(groups, "invalid_wrong_length_valid_checksum", false);
        assertAll(groups, "invalid_misc_doctest", false);
        // python-stdnum checks country-specific account numbers on request only; with check_country=False
        // these are valid, and the ISO 13616 check here does the same.
        assertAll(groups, "invalid_country_specific_check_but_iso13616_checksum_ok", true);
        // BBAN layouts (letters where digits belong) are not checked here, see Ibans; only the unknown country is caught.
        List<String> layout = strings(groups, "invalid_format_or_unknown_country");
        assertFalse(Ibans.isIban("QQ93 1234 5678"));
        assertEquals(4, layout.size());
    }

    @Test
    void ipv4AgreesWithValidatorJs() {
        int checked = 0;
        for (Map<String, Object> c : cases(PublishedVectors.read("validatorjs_pii_validators.json"), "cases")) {
            if (!"isIP".equals(c.get("validator")) || !isVersion4((List<?>) c.get("options"))) {
                continue;
            }
            for (Object valid : (List<?>) c.get("valid")) {
                assertTrue(Ipv4Addresses.isAddress((String) valid), "should accept " + valid);
                checked++;
            }
            for (Object invalid : (List<?>) c.get("invalid")) {
                assertFalse(Ipv4Addresses.isAddress((String) invalid), "should refuse " + invalid);
                checked++;
            }
        }
        assertTrue(checked >= 24, "only " + checked + " IPv4 vectors checked");
    }

    private static boolean isVersion4(List<?> options) {
        if (options.isEmpty()) {
            return false;
        }
        Object option = options.get(0);
        return option instanceof Map ? "4".equals(String.valueOf(((Map<?, ?>) option).get("version"))) : "4".equals(String.valueOf(option));
    }

    private static boolean shapeOk(String number) {
        String digits = number.replaceAll("[ -]", "");
        return digits.matches("\\d{13,19}");
    }

    private static void assertAll(Map<String, Object> groups, String group, boolean valid) {
        List<String> numbers = strings(groups, group);
        assertFalse(numbers.isEmpty(), group);
        List<String> wrong = new ArrayList<>();
        for (String number : numbers) {
            if (Ibans.isIban(number) != valid) {
                wrong.add(number);
            }
        }
        assertTrue(wrong.isEmpty(), group + ": expected " + (valid ? "valid" : "invalid") + " but got the opposite for " + wrong);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> groups, String group) {
        return (List<String>) ((Map<String, Object>) groups.get(group)).get("numbers");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases(Map<String, Object> file, String field) {
        return (List<Map<String, Object>>) file.get(field);
    }
}
