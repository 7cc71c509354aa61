package io.custodian.plugins.patterns;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static io.custodian.plugin.testkit.ExpectedSuggestion.of;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.testkit.ClassifierContract;
import io.custodian.plugin.testkit.ExpectedSuggestion;
import java.util.List;

class EmailClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new EmailClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(
                of(EmailClassifier.CLASSIFICATION, column("email", "varchar", "ada@example.com", "grace.hopper@navy.mil", "linus+lists@kernel.org", null)),
                of(EmailClassifier.CLASSIFICATION, column("contact", "text", "a@b.io", "first.last@sub.example.co.uk", "x_y@z.de", "q@w.fr", "m@n.com")),
                of(EmailClassifier.CLASSIFICATION, column("customerEmail", "varchar"), 0.6));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(
                column("city", "varchar", "Berlin", "Paris", "Lisbon", "Oslo"),
                column("email_verified", "boolean", "true", "false", "true"),
                column("handle", "varchar", "@ada", "grace@", "linus@@kernel.org", "not an email"));
    }
}
