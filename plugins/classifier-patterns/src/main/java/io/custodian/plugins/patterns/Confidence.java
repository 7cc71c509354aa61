package io.custodian.plugins.patterns;

import java.util.OptionalDouble;

/**
 * Turns what a detector found into a confidence, the same way for every kind of value:
 * <ul>
 *   <li>no samples: the detector's name-only confidence if the name hints at the kind, else nothing;</li>
 *   <li>a share {@code s} of samples at or above the detector's minimum {@code m}: from 0.5 (at {@code s = m})
 *       rising linearly to 0.9 (at {@code s = 1}), plus 0.09 if the name agrees; with fewer than five samples
 *       at most 0.5 + 0.1 per sample, since two matching values prove little;</li>
 *   <li>a lower share but a name hint: the samples argue against the name, so 0.2 + 0.25 s (below 0.5),
 *       and nothing at all below a share of 0.2;</li>
 *   <li>never above the detector's maximum; rounded to three decimals so equal inputs give equal output.</li>
 * </ul>
 */
final class Confidence {

    private static final int SMALL_SAMPLE = 5;

    private Confidence() {
    }

    static OptionalDouble of(Detector detector, boolean named, SampleScan scan) {
        double confidence;
        if (scan.examined() == 0) {
            if (!named) {
                return OptionalDouble.empty();
            }
            confidence = detector.nameOnlyConfidence;
        } else {
            double share = scan.share();
            if (share >= detector.minShare && scan.matched() > 0) {
                double span = 1 - detector.minShare;
                confidence = 0.5 + (span <= 0 ? 0.4 : 0.4 * (share - detector.minShare) / span);
                if (named) {
                    confidence += 0.09;
                }
                if (scan.examined() < SMALL_SAMPLE) {
                    confidence = Math.min(confidence, 0.5 + 0.1 * scan.examined());
                }
            } else if (named && share >= 0.2) {
                confidence = 0.2 + 0.25 * share;
            } else {
                return OptionalDouble.empty();
            }
        }
        confidence = Math.min(confidence, detector.maxConfidence);
        return OptionalDouble.of(Math.round(confidence * 1000) / 1000.0);
    }
}
