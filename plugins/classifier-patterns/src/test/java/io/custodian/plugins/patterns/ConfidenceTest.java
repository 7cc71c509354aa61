package io.custodian.plugins.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

    private static final Detector DETECTOR = Detector.builder("X").name(c -> Optional.empty()).values(v -> true)
            .evidence("pattern", "x").nameOnlyConfidence(0.55).minShare(0.6).build();

    @Test
    void nameAloneGivesTheNameOnlyConfidence() {
        assertEquals(OptionalDouble.of(0.55), Confidence.of(DETECTOR, true, new SampleScan(0, 0)));
        assertEquals(OptionalDouble.empty(), Confidence.of(DETECTOR, false, new SampleScan(0, 0)));
    }

    @Test
    void matchingSamplesRiseFromHalfToNinetyAndTheNameAdds() {
        assertEquals(OptionalDouble.of(0.5), Confidence.of(DETECTOR, false, new SampleScan(6, 10)));
        assertEquals(OptionalDouble.of(0.9), Confidence.of(DETECTOR, false, new SampleScan(10, 10)));
        assertEquals(OptionalDouble.of(0.99), Confidence.of(DETECTOR, true, new SampleScan(10, 10)));
        assertEquals(OptionalDouble.of(0.7), Confidence.of(DETECTOR, false, new SampleScan(8, 10)));
    }

    @Test
    void fewSamplesProveLittle() {
        assertEquals(OptionalDouble.of(0.6), Confidence.of(DETECTOR, true, new SampleScan(1, 1)));
        assertEquals(OptionalDouble.of(0.8), Confidence.of(DETECTOR, true, new SampleScan(3, 3)));
    }

    @Test
    void samplesThatContradictTheNameKeepItBelowHalfOrDropIt() {
        double contradicted = Confidence.of(DETECTOR, true, new SampleScan(3, 10)).getAsDouble();
        assertTrue(contradicted < 0.5 && contradicted > 0.2, String.valueOf(contradicted));
        assertEquals(OptionalDouble.empty(), Confidence.of(DETECTOR, true, new SampleScan(1, 10)));
        assertEquals(OptionalDouble.empty(), Confidence.of(DETECTOR, false, new SampleScan(5, 10)));
    }

    @Test
    void neverExceedsTheDetectorsMaximum() {
        Detector cautious = Detector.builder("Y").name(c -> Optional.empty()).values(v -> true).evidence("pattern", "y")
                .maxConfidence(0.45).build();
        assertEquals(OptionalDouble.of(0.45), Confidence.of(cautious, true, new SampleScan(100, 100)));
    }
}
