package io.custodian.plugins.patterns;

import java.util.List;
import java.util.Set;

/**
 * Suggests {@value #CLASSIFICATION} for columns of postal codes ({@link PostalCodes}). With a name hint
 * ({@code zip}, {@code postcode}, {@code plz}...) any known format counts; without one only the
 * distinctive British, Canadian and Dutch formats do, since plain digit groups are everywhere.
 */
public final class PostalCodeClassifier extends DetectorClassifier {

    /** The classification this classifier suggests. */
    public static final String CLASSIFICATION = "PII.PostalCode";

    /** The classifier, as the host instantiates it. */
    public PostalCodeClassifier() {
        super("postal-code", "Postal code", Detector.builder(CLASSIFICATION)
                .name(new NameHints(List.of("zip", "zipcode", "postcode", "postalcode", "postal", "plz", "postleitzahl",
                        "pincode", "eircode", "codepostal"),
                        Set.of("file", "archive", "city", "country", "count", "type", "compressed", "size")))
                .values(PostalCodes::isPostalCode, PostalCodes::isDistinctivePostalCode)
                .evidence("pattern", "postal code formats (UK, CA, NL; with a name hint also 4-6 digits, ZIP+4, JP, PL, SE)")
                .maxValueLength(PostalCodes.MAX_LENGTH)
                .nameOnlyConfidence(0.55)
                .build());
    }
}
