package io.custodian.platform.plugin.runtime;

import static io.custodian.platform.plugin.runtime.Waits.CLOCK;
import static io.custodian.platform.plugin.runtime.Waits.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.visualization.ChartSpec;
import io.custodian.plugin.api.visualization.Visualization;
import io.custodian.plugin.api.visualization.VisualizationDescriptor;
import io.custodian.plugin.api.visualization.VisualizationRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardedVisualizationTest {

    private static final VisualizationRequest COUNTS = new VisualizationRequest("classification-counts",
            List.of(Map.of("classification", "PII.Email", "count", 3)), Map.of());

    private final PluginCallGuard guard = new PluginCallGuard("charts",
            new CallLimits(Duration.ofMillis(200), 2, Duration.ofMillis(100), 8), CLOCK);
    private final AtomicInteger describeCalls = new AtomicInteger();

    @AfterEach
    void stop() {
        guard.close();
    }

    /** A visualization that renders whatever text it is given (or throws, or returns null). */
    private Visualization rendering(String spec) {
        return new Visualization() {
            @Override
            public VisualizationDescriptor describe() {
                describeCalls.incrementAndGet();
                return new VisualizationDescriptor("bars", "Bars", Set.of("classification-counts"));
            }

            @Override
            public ChartSpec render(VisualizationRequest request) {
                if ("throw".equals(spec)) {
                    throw new IllegalStateException("no data");
                }
                return spec == null ? null : new ChartSpec(spec);
            }
        };
    }

    @Test
    void aJsonObjectPassesTheDefaultCheck() {
        String spec = "  {\"$schema\":\"https://vega.github.io/schema/vega-lite/v5.json\",\"mark\":\"bar\"}\n";
        GuardedVisualization visualization = GuardedVisualization.wrap(rendering(spec), guard, Set.of());

        assertEquals(spec, visualization.render(COUNTS).vegaLite());
        assertEquals(0, guard.health().failures());
    }

    @Test
    void textThatIsNotAJsonObjectIsInvalidOutput() {
        for (String spec : List.of("[1, 2]", "<svg/>", "{", "\"{}\"")) {
            GuardedVisualization visualization = GuardedVisualization.wrap(rendering(spec), guard, Set.of());

            PluginCallException failure = failsWith(FailureKind.INVALID_OUTPUT, () -> visualization.render(COUNTS));

            assertEquals("plugin charts returned a chart specification that is not a JSON object", failure.getMessage());
        }
    }

    @Test
    void theHostsValidatorDecides() {
        Predicate<String> strict = text -> text.contains("$schema");
        Predicate<String> broken = text -> {
            throw new IllegalArgumentException("parser exploded");
        };

        assertEquals("{\"$schema\":\"v5\"}",
                GuardedVisualization.wrap(rendering("{\"$schema\":\"v5\"}"), guard, Set.of(), strict).render(COUNTS).vegaLite());
        failsWith(FailureKind.INVALID_OUTPUT,
                () -> GuardedVisualization.wrap(rendering("{\"mark\":\"bar\"}"), guard, Set.of(), strict).render(COUNTS));
        failsWith(FailureKind.INVALID_OUTPUT,
                () -> GuardedVisualization.wrap(rendering("{}"), guard, Set.of(), broken).render(COUNTS));
    }

    @Test
    void noSpecificationIsInvalidOutput() {
        GuardedVisualization visualization = GuardedVisualization.wrap(rendering(null), guard, Set.of());

        assertEquals("plugin charts returned no chart specification (null)",
                failsWith(FailureKind.INVALID_OUTPUT, () -> visualization.render(COUNTS)).getMessage());
    }

    @Test
    void anOversizedSpecificationIsInvalidOutput() {
        String huge = "{\"data\":\"" + "x".repeat(GuardedVisualization.MAX_SPEC_CHARS) + "\"}";
        GuardedVisualization visualization = GuardedVisualization.wrap(rendering(huge), guard, Set.of());

        PluginCallException failure = failsWith(FailureKind.INVALID_OUTPUT, () -> visualization.render(COUNTS));

        assertTrue(failure.getMessage().contains("at most 1048576"), failure.getMessage());
    }

    @Test
    void aThrowingVisualizationFails() {
        GuardedVisualization visualization = GuardedVisualization.wrap(rendering("throw"), guard, Set.of());

        assertEquals("plugin charts failed in render: IllegalStateException: no data",
                failsWith(FailureKind.FAILED, () -> visualization.render(COUNTS)).getMessage());
    }

    @Test
    void describeIsAskedOnce() {
        GuardedVisualization visualization = GuardedVisualization.wrap(rendering("{}"), guard, Set.of());

        visualization.describe();
        visualization.describe();

        assertEquals(1, describeCalls.get());
        assertEquals(Set.of("classification-counts"), visualization.describe().requestTypes());
    }
}
