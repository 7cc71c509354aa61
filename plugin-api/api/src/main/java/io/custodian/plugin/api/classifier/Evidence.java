package io.custodian.plugin.api.classifier;

import java.util.Objects;

/**
 * Why a classifier made a suggestion, shown to the steward who reviews it.
 *
 * @param method          how: {@code pattern}, {@code column-name}, {@code checksum}, {@code dictionary}, {@code model}...
 * @param detail          what exactly, for example the pattern or the matched name; never sample values
 * @param samplesMatched  how many sampled values matched
 * @param samplesExamined how many sampled (non-null) values were examined; 0 when samples were not used
 */
public record Evidence(String method, String detail, int samplesMatched, int samplesExamined) {

    /** Rejects a missing method and counts that do not add up. */
    public Evidence {
        Objects.requireNonNull(method, "method");
        if (samplesMatched < 0 || samplesExamined < 0 || samplesMatched > samplesExamined) {
            throw new IllegalArgumentException("matched " + samplesMatched + " of " + samplesExamined + " samples");
        }
    }

    /** Share of examined samples that matched, 0 when none were examined. */
    public double matchedShare() {
        return samplesExamined == 0 ? 0 : (double) samplesMatched / samplesExamined;
    }
}
