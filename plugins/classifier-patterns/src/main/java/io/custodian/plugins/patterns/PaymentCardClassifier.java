package io.custodian.plugins.patterns;

import java.util.List;
import java.util.Set;

/**
 * Suggests {@value #CLASSIFICATION} for columns of payment card numbers ({@link PaymentCards}: 13-19 digits,
 * Luhn-valid). One random digit string in ten passes Luhn, so 80% of the samples must pass before the
 * values alone count.
 */
public final class PaymentCardClassifier extends DetectorClassifier {

    /** The classification this classifier suggests. */
    public static final String CLASSIFICATION = "Financial.PaymentCardNumber";

    /** The classifier, as the host instantiates it. */
    public PaymentCardClassifier() {
        super("payment-card", "Payment card number", Detector.builder(CLASSIFICATION)
                .name(new NameHints(List.of("cardnumber", "creditcard", "debitcard", "card", "cc", "ccnumber", "ccnum", "pan",
                        "cardno", "kreditkarte"),
                        Set.of("type", "brand", "holder", "name", "expiry", "expiration", "exp", "expires", "issuer", "count", "id",
                                "cvv", "cvc", "last4", "last", "bin", "token", "fingerprint", "country", "kind", "status")))
                .values(PaymentCards::isCardNumber)
                .evidence("checksum", "13-19 digits (spaces or dashes allowed) passing the Luhn check")
                .maxValueLength(PaymentCards.MAX_LENGTH)
                .nameOnlyConfidence(0.5)
                .minShare(0.8)
                .build());
    }
}
