package io.custodian.plugins.patterns;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static io.custodian.plugin.testkit.ExpectedSuggestion.of;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.testkit.ClassifierContract;
import io.custodian.plugin.testkit.ExpectedSuggestion;
import java.util.List;

class DateOfBirthClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new DateOfBirthClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(
                of(DateOfBirthClassifier.CLASSIFICATION, column("date_of_birth", "date", "1984-03-07", "1990-12-31", "1975-06-15")),
                of(DateOfBirthClassifier.CLASSIFICATION, column("dob", "varchar", "07.03.1984", "31/12/1990", "06/15/1975", "19620101", "2001-02-28T00:00:00")),
                of(DateOfBirthClassifier.CLASSIFICATION, column("birthDate", "date"), 0.6));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(
                column("order_date", "date", "2024-01-05", "2023-12-31", "2024-02-29"),
                column("birth_place", "varchar", "Berlin", "Paris", "Lisbon"),
                column("dob", "varchar", "2999-01-01", "1850-05-05", "hello", "1999-02-30"));
    }
}
