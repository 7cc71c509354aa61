package io.custodian.plugins.patterns;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Suggests {@value #CLASSIFICATION} for date columns whose name speaks of birth ({@code dob}, {@code birth_date},
 * {@code dateOfBirth}...), more confidently when the sampled values are plausible birth dates
 * ({@link BirthDates}). Dates alone never suffice: an order date looks the same.
 */
public final class DateOfBirthClassifier extends DetectorClassifier {

    /** The classification this classifier suggests. */
    public static final String CLASSIFICATION = "PII.DateOfBirth";

    /** The classifier, as the host instantiates it; "today" comes from the system clock (UTC). */
    public DateOfBirthClassifier() {
        this(Clock.systemUTC());
    }

    /** The classifier with another clock, for tests that need a fixed "today". */
    DateOfBirthClassifier(Clock clock) {
        super("date-of-birth", "Date of birth", Detector.builder(CLASSIFICATION)
                .name(new NameHints(List.of("dob", "dateofbirth", "birthdate", "birthday", "birth", "born", "bday",
                        "geburtsdatum", "fechanacimiento", "datenaissance"),
                        Set.of("place", "city", "country", "town", "location", "name", "weight", "certificate", "rate",
                                "order", "control", "year", "month", "registration", "state")))
                .values(new BirthDates(clock)::isBirthDate, null)
                .evidence("pattern", "calendar date between 1900-01-01 and today (ISO, dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy or yyyymmdd)")
                .maxValueLength(BirthDates.MAX_LENGTH)
                .nameOnlyConfidence(0.6)
                .build());
    }
}
