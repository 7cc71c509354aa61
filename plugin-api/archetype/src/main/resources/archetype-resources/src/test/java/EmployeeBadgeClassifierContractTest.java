package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import io.custodian.plugin.testkit.ClassifierContract;
import io.custodian.plugin.testkit.ColumnProfiles;
import io.custodian.plugin.testkit.ExpectedSuggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the platform's contract kit against the sample classifier: every check in {@link ClassifierContract}
 * becomes a test here. Add your own examples below, and your own tests next to the kit's.
 */
class EmployeeBadgeClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new EmployeeBadgeClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(
                ExpectedSuggestion.of(EmployeeBadgeClassifier.BADGE_ID,
                        ColumnProfiles.column("badge_id", "varchar", "EMP-123456", "EMP-654321", "EMP-000042", null)),
                // The values alone are enough, whatever the column is called.
                ExpectedSuggestion.of(EmployeeBadgeClassifier.BADGE_ID,
                        ColumnProfiles.column("owner", "text", "EMP-111111", "EMP-222222", "EMP-333333")));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(
                ColumnProfiles.column("city", "varchar", "Berlin", "Lisbon", "Oslo"),
                ColumnProfiles.column("order_ref", "varchar", "ORD-123456", "EMP-12", "EMP-1234567"));
    }

    @Test
    void aBadgeColumnWithoutSamplesGetsACautiousSuggestionFromItsName() {
        ColumnProfile column = ColumnProfiles.column("employee_badge", "varchar");

        List<Suggestion> suggestions = startedClassifier().classify(column);

        assertEquals(1, suggestions.size());
        assertTrue(suggestions.get(0).confidence() < 0.5, "a name alone is not proof: " + suggestions);
        assertEquals("column-name", suggestions.get(0).evidence().method());
    }
}
