package ${package};

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Evidence;
import io.custodian.plugin.api.classifier.Suggestion;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sample classifier: finds columns of employee badge ids such as {@code EMP-123456}.
 *
 * <p>It looks at two things: how many sampled values have the badge format, and whether the column's name
 * mentions a badge. Samples arrive only when an administrator granted {@code samples.read}; without them
 * the name alone gives a cautious suggestion.
 *
 * <p>Rules every classifier follows (the contract kit checks them): no state between calls, so the host may
 * call it from several threads at once; no I/O; quick even for megabyte-long values; only suggest
 * classifications that {@link #describe()} declares; never quote sampled values in the evidence.
 */
public final class EmployeeBadgeClassifier implements Classifier {

    static final String BADGE_ID = "HR.EmployeeBadgeId";

    /** {@code EMP-} and six digits. Matched against trimmed values no longer than {@link #BADGE_LENGTH}. */
    private static final Pattern BADGE = Pattern.compile("EMP-[0-9]{6}");
    private static final int BADGE_LENGTH = 10;
    private static final List<String> NAME_HINTS = List.of("badge", "employeeid", "empid", "empno");

    private static final ClassifierDescriptor DESCRIPTOR =
            new ClassifierDescriptor("employee-badge", "Employee badge id", List.of(BADGE_ID));

    @Override
    public ClassifierDescriptor describe() {
        return DESCRIPTOR;
    }

    @Override
    public List<Suggestion> classify(ColumnProfile column) {
        boolean nameHint = nameSuggestsBadge(column.column());
        int examined = 0;
        int matched = 0;
        for (String sample : column.samples()) {
            if (sample == null || sample.isBlank()) {
                continue;
            }
            examined++;
            if (isBadge(sample)) {
                matched++;
            }
        }
        if (examined == 0) {
            // No samples (not granted, or the column is empty): the name is all there is, so stay below 0.5.
            return nameHint
                    ? List.of(new Suggestion(BADGE_ID, 0.4, new Evidence("column-name", "the column name mentions a badge id", 0, 0)))
                    : List.of();
        }
        if (matched == 0) {
            return List.of();
        }
        double share = (double) matched / examined;
        double confidence = Math.min(1.0, share * 0.9 + (nameHint ? 0.1 : 0.0));
        String detail = "values look like EMP- followed by six digits" + (nameHint ? "; the column name mentions a badge id" : "");
        return List.of(new Suggestion(BADGE_ID, confidence, new Evidence("pattern", detail, matched, examined)));
    }

    private static boolean isBadge(String sample) {
        String value = sample.strip();
        // The length check first: a megabyte of text is rejected without running the pattern over it.
        return value.length() == BADGE_LENGTH && BADGE.matcher(value).matches();
    }

    private static boolean nameSuggestsBadge(String columnName) {
        String letters = columnName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return NAME_HINTS.stream().anyMatch(letters::contains);
    }
}
