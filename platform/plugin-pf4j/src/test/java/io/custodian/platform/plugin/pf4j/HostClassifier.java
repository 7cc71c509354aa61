package io.custodian.platform.plugin.pf4j;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import java.util.List;

/** A classifier on the test class path, listed in its META-INF/services: it must never show up as a plugin's extension. */
public class HostClassifier implements Classifier {

    @Override
    public ClassifierDescriptor describe() {
        return new ClassifierDescriptor("host", "Host", List.of("Test.Host"));
    }

    @Override
    public List<Suggestion> classify(ColumnProfile column) {
        return List.of();
    }
}
