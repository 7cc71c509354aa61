package io.custodian.plugins.patterns;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static io.custodian.plugin.testkit.ExpectedSuggestion.of;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.testkit.ClassifierContract;
import io.custodian.plugin.testkit.ExpectedSuggestion;
import java.util.List;

class IbanClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new IbanClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(
                of(IbanClassifier.CLASSIFICATION, column("iban", "varchar", "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR1420041010050500013M02606")),
                of(IbanClassifier.CLASSIFICATION, column("account", "varchar", "NL91ABNA0417164300", "CH9300762011623852957", "BE68539007547034", "ES9121000418450200051332", "AT611904300234573201")),
                of(IbanClassifier.CLASSIFICATION, column("payer_iban", "varchar"), 0.6));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(
                column("reference", "varchar", "DE89 3704 0044 0532 0130 01", "GB00 WEST 1234 5698 7654 32", "XX12 3456 7890"),
                column("iban_country", "char", "DE", "GB", "FR"));
    }
}
