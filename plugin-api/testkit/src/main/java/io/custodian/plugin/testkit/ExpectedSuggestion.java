package io.custodian.plugin.testkit;

import io.custodian.plugin.api.classifier.ColumnProfile;
import java.util.Objects;

/**
 * A column a classifier must recognise: {@link ClassifierContract} checks that classifying {@code column}
 * yields a suggestion of {@code classificationId} with at least {@code minimumConfidence}.
 *
 * @param classificationId  the classification the classifier must suggest, one it declares
 * @param column            the column to classify
 * @param minimumConfidence the lowest acceptable confidence, 0..1 (0.5 unless the classifier is
 *                          deliberately cautious for this kind of column)
 */
public record ExpectedSuggestion(String classificationId, ColumnProfile column, double minimumConfidence) {

    /** Rejects a missing id or column and a minimum outside 0..1. */
    public ExpectedSuggestion {
        Objects.requireNonNull(classificationId, "classificationId");
        Objects.requireNonNull(column, "column");
        if (!(minimumConfidence >= 0 && minimumConfidence <= 1)) {
            throw new IllegalArgumentException("minimumConfidence is between 0 and 1: " + minimumConfidence);
        }
    }

    /** {@code column} must be suggested as {@code classificationId} with a confidence of at least 0.5. */
    public static ExpectedSuggestion of(String classificationId, ColumnProfile column) {
        return new ExpectedSuggestion(classificationId, column, 0.5);
    }

    /** {@code column} must be suggested as {@code classificationId} with at least {@code minimumConfidence}. */
    public static ExpectedSuggestion of(String classificationId, ColumnProfile column, double minimumConfidence) {
        return new ExpectedSuggestion(classificationId, column, minimumConfidence);
    }
}
