package io.custodian.plugins.patterns;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.Suggestion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The classifiers as the host sees them: found through META-INF/services, with evidence a steward can read. */
class PatternClassifiersTest {

    @Test
    void servicesFileListsEightClassifiersWithDistinctIdsAndClassifications() {
        List<Classifier> classifiers = new ArrayList<>();
        ServiceLoader.load(Classifier.class).forEach(classifiers::add);
        assertEquals(8, classifiers.size());
        Set<String> ids = new HashSet<>();
        Set<String> classifications = new HashSet<>();
        for (Classifier classifier : classifiers) {
            ids.add(classifier.describe().id());
            classifications.addAll(classifier.describe().classifications());
        }
        assertEquals(Set.of("email", "phone-number", "payment-card", "iban", "ipv4-address", "date-of-birth", "person-name", "postal-code"), ids);
        assertEquals(Set.of("PII.Email", "PII.PhoneNumber", "Financial.PaymentCardNumber", "Financial.IBAN", "PII.IPAddress",
                "PII.DateOfBirth", "PII.PersonName", "PII.PostalCode"), classifications);
    }

    @Test
    void evidenceNamesMethodPatternNameHintAndCounts() {
        Suggestion suggestion = new IbanClassifier().classify(column("payer_iban", "varchar",
                "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "not an iban", null, "")).get(0);
        assertEquals("checksum", suggestion.evidence().method());
        assertEquals("ISO 13616: country code, registry length, mod-97 check digits; column name mentions \"iban\"",
                suggestion.evidence().detail());
        assertEquals(2, suggestion.evidence().samplesMatched());
        assertEquals(3, suggestion.evidence().samplesExamined());
    }

    @Test
    void withoutSamplesTheEvidenceIsTheColumnName() {
        Suggestion suggestion = new EmailClassifier().classify(column("contact_email", "varchar")).get(0);
        assertEquals("column-name", suggestion.evidence().method());
        assertEquals("column name mentions \"email\"", suggestion.evidence().detail());
        assertEquals(0.6, suggestion.confidence());
    }

    @Test
    void nameAndValuesTogetherBeatEitherAlone() {
        String[] cards = {"4111111111111111", "5555555555554444", "378282246310005", "6011000990139424", "4012888888881881"};
        double both = confidence(new PaymentCardClassifier(), "card_number", cards);
        double valuesOnly = confidence(new PaymentCardClassifier(), "reference", cards);
        double nameOnly = confidence(new PaymentCardClassifier(), "card_number");
        assertTrue(both > valuesOnly && valuesOnly > nameOnly, both + " > " + valuesOnly + " > " + nameOnly);
    }

    @Test
    void aFewOddValuesDoNotHideAColumnOfEmails() {
        double confidence = confidence(new EmailClassifier(), "contact", "a@example.com", "b@example.com", "c@example.com",
                "d@example.com", "n/a", "e@example.com", "f@example.com", "unknown", "g@example.com", "h@example.com");
        assertEquals(0.7, confidence);
    }

    @Test
    void dateOfBirthNeedsTheNameAndPastDates() {
        Classifier classifier = new DateOfBirthClassifier(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        assertEquals(List.of(), classifier.classify(column("created_at", "date", "1984-03-07", "1990-12-31")));
        assertTrue(confidence(classifier, "birth_date", "1984-03-07", "1990-12-31", "1975-06-15", "2001-01-01", "1960-02-29") > 0.9);
        assertEquals(List.of(), classifier.classify(column("birth_date", "date", "2030-01-01", "2031-01-01", "2032-01-01")));
    }

    @Test
    void personNamesStayBelowHalfEvenWhenEverythingFits() {
        double confidence = confidence(new PersonNameClassifier(), "first_name", "Ada", "Grace", "Linus", "Margaret", "Alan");
        assertEquals(PersonNameClassifier.MAX_CONFIDENCE, confidence);
        assertEquals(List.of(), new PersonNameClassifier().classify(column("name", "varchar", List.of("price", "sku"), List.of("Widget"))));
    }

    @Test
    void distinctivePostalCodesCountWithoutANameButDigitsDoNot() {
        assertTrue(confidence(new PostalCodeClassifier(), "code", "SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH") >= 0.9);
        assertEquals(List.of(), new PostalCodeClassifier().classify(column("code", "varchar", "94105", "10001", "60614", "02134", "30301")));
        assertTrue(confidence(new PostalCodeClassifier(), "zip", "94105", "10001", "60614", "02134", "30301") >= 0.99);
    }

    private static double confidence(Classifier classifier, String columnName, String... samples) {
        List<Suggestion> suggestions = classifier.classify(column(columnName, "varchar", samples));
        assertEquals(1, suggestions.size(), "suggestions for " + columnName + ": " + suggestions);
        return suggestions.get(0).confidence();
    }
}
