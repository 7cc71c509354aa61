package io.custodian.plugins.patterns;

import java.util.List;
import java.util.Set;

/** Suggests {@value #CLASSIFICATION} for columns of IBANs ({@link Ibans}: country length and mod-97 check). */
public final class IbanClassifier extends DetectorClassifier {

    /** The classification this classifier suggests. */
    public static final String CLASSIFICATION = "Financial.IBAN";

    /** The classifier, as the host instantiates it. */
    public IbanClassifier() {
        super("iban", "IBAN", Detector.builder(CLASSIFICATION)
                .name(new NameHints(List.of("iban", "bankaccount"), Set.of("country", "bic", "swift", "verified", "holder", "name", "type")))
                .values(Ibans::isIban)
                .evidence("checksum", "ISO 13616: country code, registry length, mod-97 check digits")
                .maxValueLength(Ibans.MAX_LENGTH)
                .nameOnlyConfidence(0.6)
                .build());
    }
}
