package io.custodian.plugin.testkit;

import static io.custodian.plugin.testkit.ColumnProfiles.column;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.testkit.fixture.EmailLikeClassifier;
import java.util.List;

/** A classifier that keeps the contract passes every check. */
class EmailLikeClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new EmailLikeClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(ExpectedSuggestion.of("PII.Email", column("contact", "text", "ada@example.com", "bob@example.org", null)));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(column("city", "text", "Berlin", "Paris", "Lisbon"));
    }
}
