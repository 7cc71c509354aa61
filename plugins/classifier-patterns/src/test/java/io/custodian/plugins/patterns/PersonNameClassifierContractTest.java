package io.custodian.plugins.patterns;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static io.custodian.plugin.testkit.ExpectedSuggestion.of;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.testkit.ClassifierContract;
import io.custodian.plugin.testkit.ExpectedSuggestion;
import java.util.List;

class PersonNameClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new PersonNameClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(
                of(PersonNameClassifier.CLASSIFICATION, column("first_name", "varchar", "Ada", "Grace", "Linus", "Jean-Luc"), 0.4),
                of(PersonNameClassifier.CLASSIFICATION, column("customerName", "varchar", "Ada Lovelace", "Hopper, Grace", "José Álvarez", "Siobhán O'Brien"), 0.4),
                of(PersonNameClassifier.CLASSIFICATION, column("name", "varchar", List.of("id", "email", "birth_date"), List.of("Ada Lovelace", "Alan Turing")), 0.4),
                of(PersonNameClassifier.CLASSIFICATION, column("surname", "varchar"), 0.3));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(
                column("name", "varchar", "Widget", "Gadget", "Sprocket"),
                column("company_name", "varchar", "ACME Corp", "Initech", "Globex"),
                column("last_name", "varchar", "1234", "5678", "x-99", "42", "007"));
    }
}
