package io.custodian.plugins.patterns;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static io.custodian.plugin.testkit.ExpectedSuggestion.of;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.testkit.ClassifierContract;
import io.custodian.plugin.testkit.ExpectedSuggestion;
import java.util.List;

class PaymentCardClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new PaymentCardClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(
                of(PaymentCardClassifier.CLASSIFICATION, column("card_number", "varchar", "4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "6011000990139424")),
                of(PaymentCardClassifier.CLASSIFICATION, column("payment_ref", "varchar", "4012888888881881", "5105105105105100", "4111111111111111", "30569309025904", "3530111333300000")),
                of(PaymentCardClassifier.CLASSIFICATION, column("credit_card", "varchar"), 0.5));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(
                column("amount", "numeric", "4111.11", "12.50", "1000"),
                column("tracking_number", "varchar", "4111111111111112", "1234567890123456", "9999888877776666", "1212121212121212", "5555555555555555"),
                column("card_type", "varchar", "VISA", "MASTERCARD", "AMEX"));
    }
}
