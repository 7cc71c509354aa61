package io.custodian.plugins.patterns;

import java.util.List;
import java.util.Set;

/** Suggests {@value #CLASSIFICATION} for columns of phone numbers ({@link PhoneNumbers}: E.164 and national formats). */
public final class PhoneNumberClassifier extends DetectorClassifier {

    /** The classification this classifier suggests. */
    public static final String CLASSIFICATION = "PII.PhoneNumber";

    /** The classifier, as the host instantiates it. */
    public PhoneNumberClassifier() {
        super("phone-number", "Phone number", Detector.builder(CLASSIFICATION)
                .name(new NameHints(List.of("phone", "telephone", "tel", "mobile", "cell", "cellphone", "fax", "msisdn",
                        "telefon", "telefono", "handy", "mobil", "phoneno", "telno"),
                        Set.of("type", "verified", "country", "code", "prefix", "count", "brand", "model", "os", "ext",
                                "extension", "confirmed", "status")))
                .values(PhoneNumbers::isPhoneNumber)
                .evidence("pattern", "E.164 (+ and 8-15 digits), 00 exit code, North American or 0-prefixed national format")
                .maxValueLength(PhoneNumbers.MAX_LENGTH)
                .nameOnlyConfidence(0.55)
                .build());
    }
}
