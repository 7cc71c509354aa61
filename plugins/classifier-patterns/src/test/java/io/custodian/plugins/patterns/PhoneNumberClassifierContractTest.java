package io.custodian.plugins.patterns;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static io.custodian.plugin.testkit.ExpectedSuggestion.of;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.testkit.ClassifierContract;
import io.custodian.plugin.testkit.ExpectedSuggestion;
import java.util.List;

class PhoneNumberClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new PhoneNumberClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(
                of(PhoneNumberClassifier.CLASSIFICATION, column("phone", "varchar", "+49 30 1234567", "+1 415 555 2671", "+44 20 7946 0958")),
                of(PhoneNumberClassifier.CLASSIFICATION, column("contact_no", "varchar", "(555) 123-4567", "555-987-6543", "555.222.3333", "1-800-555-0199", "(212) 555-0100")),
                of(PhoneNumberClassifier.CLASSIFICATION, column("mobile", "varchar", "0171 1234567", "030/1234567", "01632 960123", "0049 30 1234567")),
                of(PhoneNumberClassifier.CLASSIFICATION, column("fax_number", "varchar"), 0.55));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(
                column("order_id", "bigint", "5551234567", "1234567890", "9876543210"),
                column("created", "date", "2024-01-05", "2023-12-31", "2024-02-29"),
                column("phone_country_code", "varchar", "+49", "+1", "+44"));
    }
}
