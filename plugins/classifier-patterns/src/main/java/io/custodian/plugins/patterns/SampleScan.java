package io.custodian.plugins.patterns;

import java.util.List;

/**
 * How many sampled values matched a {@link ValueRule}. Nulls and blank values are not examined. Values
 * longer than the detector's limit are examined and count as not matching, so a megabyte of text costs
 * nothing but a length check; at most {@link #MAX_EXAMINED} values are examined.
 *
 * @param matched  values that matched
 * @param examined non-blank values looked at
 */
record SampleScan(int matched, int examined) {

    /** A column sample is bounded by the host, but a classifier should not trust that. */
    static final int MAX_EXAMINED = 10_000;

    /** Scans {@code samples} with {@code rule}. */
    static SampleScan of(List<String> samples, ValueRule rule, int maxValueLength) {
        int matched = 0;
        int examined = 0;
        for (String sample : samples) {
            if (examined >= MAX_EXAMINED) {
                break;
            }
            if (sample == null || sample.isBlank()) {
                continue;
            }
            examined++;
            if (sample.length() <= maxValueLength + 16) {
                String value = sample.strip();
                if (value.length() <= maxValueLength && rule.matches(value)) {
                    matched++;
                }
            }
        }
        return new SampleScan(matched, examined);
    }

    /** Share of examined values that matched; 0 when none were examined. */
    double share() {
        return examined == 0 ? 0 : (double) matched / examined;
    }
}
