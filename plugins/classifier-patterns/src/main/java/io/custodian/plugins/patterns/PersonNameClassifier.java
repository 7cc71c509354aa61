package io.custodian.plugins.patterns;

import io.custodian.plugin.api.classifier.ColumnProfile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests {@value #CLASSIFICATION} for columns named like a person's name ({@code first_name}, {@code surname},
 * {@code customer_name}, or a bare {@code name} next to person columns such as {@code email} or {@code birth_date}).
 * The confidence stays low (at most {@value #MAX_CONFIDENCE}, {@value #NAME_ONLY_CONFIDENCE} on the name
 * alone): city and product names look just like person names, so a steward should look before labelling.
 * Sampled values that do not read like names ({@link PersonNames}) lower it further or drop the suggestion.
 */
public final class PersonNameClassifier extends DetectorClassifier {

    /** The classification this classifier suggests. */
    public static final String CLASSIFICATION = "PII.PersonName";
    static final double MAX_CONFIDENCE = 0.45;
    static final double NAME_ONLY_CONFIDENCE = 0.35;

    private static final NameHints PERSON_NAME_HINTS = new NameHints(List.of("firstname", "lastname", "surname", "givenname",
            "familyname", "fullname", "middlename", "maidenname", "forename", "fname", "lname", "personname", "contactname",
            "customername", "clientname", "employeename", "patientname", "studentname", "membername", "ownername",
            "vorname", "nachname", "nombre", "apellido", "prenom"),
            Set.of("company", "product", "file", "host", "user", "table", "column", "domain", "brand", "street", "city",
                    "place", "business", "account", "bank", "screen", "nick", "display", "server", "category", "project"));
    /** Words in sibling columns that make a bare {@code name} column likely to hold a person's name. */
    private static final Set<String> PERSON_CONTEXT = Set.of("email", "phone", "birth", "dob", "gender", "sex", "ssn",
            "salary", "address", "mobile", "firstname", "lastname", "surname", "hired", "hire");

    /** The classifier, as the host instantiates it. */
    public PersonNameClassifier() {
        super("person-name", "Person name", Detector.builder(CLASSIFICATION)
                .name(PersonNameClassifier::nameHint)
                .values(PersonNames::isPersonName, null)
                .evidence("pattern", "one to five words of letters, no digits")
                .maxValueLength(PersonNames.MAX_LENGTH)
                .nameOnlyConfidence(NAME_ONLY_CONFIDENCE)
                .maxConfidence(MAX_CONFIDENCE)
                .build());
    }

    private static Optional<String> nameHint(ColumnProfile column) {
        Optional<String> hinted = PERSON_NAME_HINTS.match(column);
        if (hinted.isPresent()) {
            return hinted;
        }
        if (!ColumnName.of(column.column()).words().equals(List.of("name"))) {
            return Optional.empty();
        }
        for (String sibling : column.siblingColumns()) {
            ColumnName name = ColumnName.of(sibling);
            if (PERSON_CONTEXT.stream().anyMatch(name::mentions)) {
                return Optional.of("column name \"name\" next to person columns");
            }
        }
        return Optional.empty();
    }
}
