package io.custodian.plugins.patterns;

import java.util.Objects;

/**
 * What one classifier looks for: a name rule, a value rule used when the name hints at the kind (and
 * optionally a stricter one, or none, when it does not), and the numbers {@link Confidence} turns the
 * findings into. Built with {@link #builder(String)}.
 */
final class Detector {

    final String classificationId;
    final NameRule nameRule;
    final ValueRule valuesWhenNamed;
    /** {@code null}: without a name hint the values alone are not enough (dates of birth, person names). */
    final ValueRule valuesWhenUnnamed;
    final String method;
    final String patternDescription;
    final int maxValueLength;
    final double nameOnlyConfidence;
    final double minShare;
    final double maxConfidence;

    private Detector(Builder b) {
        this.classificationId = Objects.requireNonNull(b.classificationId);
        this.nameRule = Objects.requireNonNull(b.nameRule, "nameRule");
        this.valuesWhenNamed = Objects.requireNonNull(b.valuesWhenNamed, "values");
        this.valuesWhenUnnamed = b.valuesWhenUnnamed;
        this.method = b.method;
        this.patternDescription = Objects.requireNonNull(b.patternDescription, "pattern");
        this.maxValueLength = b.maxValueLength;
        this.nameOnlyConfidence = b.nameOnlyConfidence;
        this.minShare = b.minShare;
        this.maxConfidence = b.maxConfidence;
    }

    static Builder builder(String classificationId) {
        return new Builder(classificationId);
    }

    /** Collects a detector's settings; defaults suit a strong value pattern. */
    static final class Builder {
        private final String classificationId;
        private NameRule nameRule;
        private ValueRule valuesWhenNamed;
        private ValueRule valuesWhenUnnamed;
        private String method = "pattern";
        private String patternDescription;
        private int maxValueLength = 64;
        private double nameOnlyConfidence = 0.55;
        private double minShare = 0.6;
        private double maxConfidence = 0.99;

        private Builder(String classificationId) {
            this.classificationId = classificationId;
        }

        /** The column-name rule. */
        Builder name(NameRule rule) {
            this.nameRule = rule;
            return this;
        }

        /** One value rule whatever the name says. */
        Builder values(ValueRule rule) {
            this.valuesWhenNamed = rule;
            this.valuesWhenUnnamed = rule;
            return this;
        }

        /** A value rule when the name hints at the kind, and a stricter one (or {@code null}: none) when it does not. */
        Builder values(ValueRule whenNamed, ValueRule whenUnnamed) {
            this.valuesWhenNamed = whenNamed;
            this.valuesWhenUnnamed = whenUnnamed;
            return this;
        }

        /** How values are checked, for the evidence: {@code pattern} or {@code checksum}, and a description. */
        Builder evidence(String method, String patternDescription) {
            this.method = method;
            this.patternDescription = patternDescription;
            return this;
        }

        /** Values longer than this (after trimming) are not checked and count as not matching. */
        Builder maxValueLength(int length) {
            this.maxValueLength = length;
            return this;
        }

        /** Confidence when only the name hints and there are no samples. */
        Builder nameOnlyConfidence(double confidence) {
            this.nameOnlyConfidence = confidence;
            return this;
        }

        /** Share of samples that must match before the values alone count. */
        Builder minShare(double share) {
            this.minShare = share;
            return this;
        }

        /** The highest confidence this detector ever reports. */
        Builder maxConfidence(double confidence) {
            this.maxConfidence = confidence;
            return this;
        }

        Detector build() {
            return new Detector(this);
        }
    }
}
