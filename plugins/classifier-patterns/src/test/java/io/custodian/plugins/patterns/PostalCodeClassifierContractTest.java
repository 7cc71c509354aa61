package io.custodian.plugins.patterns;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static io.custodian.plugin.testkit.ExpectedSuggestion.of;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.testkit.ClassifierContract;
import io.custodian.plugin.testkit.ExpectedSuggestion;
import java.util.List;

class PostalCodeClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new PostalCodeClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(
                of(PostalCodeClassifier.CLASSIFICATION, column("zip", "varchar", "94105", "10001", "60614-1234", "02134")),
                of(PostalCodeClassifier.CLASSIFICATION, column("postcode", "varchar", "SW1A 1AA", "EC1A 1BB", "M1 1AE", "B33 8TH")),
                of(PostalCodeClassifier.CLASSIFICATION, column("location_code", "varchar", "K1A 0B1", "M5V 3L9", "1012 AB", "SW1A 1AA", "H2X 1Y4")),
                of(PostalCodeClassifier.CLASSIFICATION, column("PLZ", "char(5)"), 0.55));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(
                column("quantity", "integer", "94105", "10001", "60614", "12345"),
                column("zip_file", "varchar", "a.zip", "b.zip"),
                column("sku", "varchar", "AB-1234-X", "ZZ99", "Q1"));
    }
}
