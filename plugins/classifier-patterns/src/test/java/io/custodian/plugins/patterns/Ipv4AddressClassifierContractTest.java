package io.custodian.plugins.patterns;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static io.custodian.plugin.testkit.ExpectedSuggestion.of;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.testkit.ClassifierContract;
import io.custodian.plugin.testkit.ExpectedSuggestion;
import java.util.List;

class Ipv4AddressClassifierContractTest extends ClassifierContract {

    @Override
    protected Classifier classifier() {
        return new Ipv4AddressClassifier();
    }

    @Override
    protected List<ExpectedSuggestion> positiveExamples() {
        return List.of(
                of(Ipv4AddressClassifier.CLASSIFICATION, column("client_ip", "varchar", "192.168.1.10", "10.0.0.1", "203.0.113.7", "8.8.8.8")),
                of(Ipv4AddressClassifier.CLASSIFICATION, column("source", "varchar", "172.16.0.1", "198.51.100.23", "255.255.255.255", "0.0.0.0", "127.0.0.1")),
                of(Ipv4AddressClassifier.CLASSIFICATION, column("ipAddress", "varchar"), 0.5));
    }

    @Override
    protected List<ColumnProfile> negativeExamples() {
        return List.of(
                column("version", "varchar", "1.2.3", "10.0.0", "2.14.1"),
                column("price", "numeric", "10.50", "3.99", "1000.00"),
                column("addr", "varchar", "256.1.1.1", "192.168.01.1", "1.2.3", "a.b.c.d"));
    }
}
