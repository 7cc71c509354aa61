package io.custodian.bench.plugins;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Evidence;
import io.custodian.plugin.api.classifier.Suggestion;
import java.util.List;

/**
 * A classifier that does no work: it answers every column with the same single suggestion. Called through the
 * guard, its time is the guard's fixed cost per call.
 */
final class ConstantClassifier implements Classifier {

    /** The one classification it declares and suggests. */
    static final String CLASSIFICATION = "Bench.Constant";

    private static final ClassifierDescriptor DESCRIPTOR =
            new ClassifierDescriptor("constant", "Constant answer", List.of(CLASSIFICATION));
    private static final List<Suggestion> ANSWER =
            List.of(new Suggestion(CLASSIFICATION, 0.5, new Evidence("constant", "always the same answer", 0, 0)));

    @Override
    public ClassifierDescriptor describe() {
        return DESCRIPTOR;
    }

    @Override
    public List<Suggestion> classify(ColumnProfile column) {
        return ANSWER;
    }
}
