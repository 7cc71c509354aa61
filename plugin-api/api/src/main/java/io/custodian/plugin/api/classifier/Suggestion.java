package io.custodian.plugin.api.classifier;

import java.util.Objects;

/**
 * A suggested classification.
 *
 * @param classificationId what the column appears to hold, for example {@code PII.Email}
 * @param confidence       0..1
 * @param evidence         why
 */
public record Suggestion(String classificationId, double confidence, Evidence evidence) {

    /** Rejects a blank id, a confidence outside 0..1 and missing evidence. */
    public Suggestion {
        if (classificationId == null || classificationId.isBlank()) {
            throw new IllegalArgumentException("a suggestion names a classification");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence is between 0 and 1: " + confidence);
        }
        Objects.requireNonNull(evidence, "evidence");
    }
}
