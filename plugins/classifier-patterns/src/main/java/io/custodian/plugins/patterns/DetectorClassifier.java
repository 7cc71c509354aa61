package io.custodian.plugins.patterns;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Evidence;
import io.custodian.plugin.api.classifier.Suggestion;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A classifier that runs one {@link Detector}: it checks the column name, scans the samples (the host passes
 * samples only to plugins granted {@code samples.read}), and suggests the detector's classification with a
 * {@link Confidence} and evidence naming the method, the pattern, the name hint and the matched/examined
 * counts, never a sampled value. Stateless, hence thread-safe.
 */
public abstract class DetectorClassifier implements Classifier {

    private final ClassifierDescriptor descriptor;
    private final Detector detector;

    DetectorClassifier(String id, String displayName, Detector detector) {
        this.descriptor = new ClassifierDescriptor(id, displayName, List.of(detector.classificationId));
        this.detector = detector;
    }

    @Override
    public ClassifierDescriptor describe() {
        return descriptor;
    }

    @Override
    public List<Suggestion> classify(ColumnProfile column) {
        Optional<String> nameHint = detector.nameRule.match(column);
        ValueRule values = nameHint.isPresent() ? detector.valuesWhenNamed : detector.valuesWhenUnnamed;
        if (values == null) {
            return List.of();
        }
        SampleScan scan = SampleScan.of(column.samples(), values, detector.maxValueLength);
        OptionalDouble confidence = Confidence.of(detector, nameHint.isPresent(), scan);
        if (confidence.isEmpty()) {
            return List.of();
        }
        Evidence evidence = scan.examined() == 0
                ? new Evidence("column-name", nameHint.orElseThrow(), 0, 0)
                : new Evidence(detector.method, detector.patternDescription + nameHint.map(hint -> "; " + hint).orElse(""),
                        scan.matched(), scan.examined());
        return List.of(new Suggestion(detector.classificationId, confidence.getAsDouble(), evidence));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + detector.classificationId + "]";
    }
}
