package io.custodian.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.PluginException;
import io.custodian.plugin.api.visualization.ChartSpec;
import io.custodian.plugin.api.visualization.Visualization;
import io.custodian.plugin.api.visualization.VisualizationDescriptor;
import io.custodian.plugin.api.visualization.VisualizationRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every {@link Visualization} must keep. A plugin's test extends this class and supplies
 * the visualization; rows for the documented request types ({@code classification-counts},
 * {@code lineage-subgraph}) come with the kit, rows for other types from {@link #sampleRows(String)}.
 *
 * <p>What it checks, once per declared request type (each type is its own dynamic test, and a type the
 * kit has no rows for is reported as skipped, not passed): the descriptor is complete; rendering sample
 * rows gives a {@link ChartSpec} that parses as a JSON object whose {@code $schema} names Vega-Lite and
 * which has a view ({@code mark}, {@code layer}, a concatenation, facet or repeat); empty rows render without
 * throwing; text with quotes, backslashes, control characters and markup stays valid JSON; rendering is
 * deterministic and the same from four threads at once; an undeclared request type fails with an
 * {@link IllegalArgumentException} or {@link PluginException} that says why.
 */
public abstract class VisualizationContract {

    /** Top-level keys of which a Vega-Lite specification has at least one. */
    private static final Set<String> VIEW_KEYS = Set.of("mark", "layer", "concat", "hconcat", "vconcat", "facet", "repeat", "spec");
    private static final String AWKWARD_TEXT = "quote \" backslash \\ newline \n tab \t nul \u0000 </script><b>&amp; \u2028 \uD83D\uDE00";

    private Visualization visualization;

    /** The visualization under test; called once per test, before {@link Visualization#start}. */
    protected abstract Visualization visualization();

    /**
     * Rows to render for {@code requestType}. The default knows the documented types; override it (and
     * call {@code super}) for types of your own. Empty means "no rows for this type": its checks are skipped.
     */
    protected Optional<List<Map<String, Object>>> sampleRows(String requestType) {
        switch (requestType) {
            case "classification-counts":
                return Optional.of(List.of(
                        row("classification", "PII.Email", "count", 42),
                        row("classification", "PII.PhoneNumber", "count", 17),
                        row("classification", "Financial.IBAN", "count", 3)));
            case "lineage-subgraph":
                return Optional.of(List.of(
                        row("source", "postgres://db:5432/sales.public.orders", "target", "postgres://db:5432/sales.public.order_totals", "kind", "view"),
                        row("source", "postgres://db:5432/sales.public.customers", "target", "postgres://db:5432/sales.public.order_totals", "kind", "view"),
                        row("source", "postgres://db:5432/sales.public.order_totals", "target", "file:///exports/totals.csv", "kind", "job")));
            default:
                return Optional.empty();
        }
    }

    /** Options passed with every request; a title by default. */
    protected Map<String, String> sampleOptions() {
        return Map.of("title", "Contract test");
    }

    /** The context the visualization is started with; by default one granting no scope. */
    protected PluginContext pluginContext() {
        return TestPluginContext.granting();
    }

    /** How long one {@code render} call may take. */
    protected Duration callTimeLimit() {
        return Duration.ofSeconds(10);
    }

    /** A row with fields in the order given: {@code row("classification", "PII.Email", "count", 3)}. */
    protected static Map<String, Object> row(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("row(...) takes name, value pairs");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    @BeforeEach
    final void startVisualization() {
        visualization = Objects.requireNonNull(visualization(), "visualization() returned null");
        visualization.start(pluginContext());
    }

    @AfterEach
    final void stopVisualization() {
        if (visualization != null) {
            visualization.stop();
        }
    }

    @Test
    void describeDeclaresIdNameAndRequestTypes() {
        VisualizationDescriptor descriptor = visualization.describe();
        assertNotNull(descriptor, "describe() returned null");
        assertFalse(descriptor.id().isBlank(), "the descriptor's id is blank");
        assertFalse(descriptor.displayName().isBlank(), "the descriptor's displayName is blank");
        assertFalse(descriptor.requestTypes().isEmpty(), "the descriptor declares no request type");
        descriptor.requestTypes().forEach(type -> assertFalse(type == null || type.isBlank(), "a declared request type is blank"));
        assertEquals(descriptor, visualization.describe(), "describe() gives a different answer the second time");
    }

    @TestFactory
    Stream<DynamicTest> sampleRowsRenderAsVegaLite() {
        return perType("renders sample rows as Vega-Lite: ", type -> {
            Map<String, Object> spec = render(new VisualizationRequest(type, rowsFor(type), sampleOptions()));
            assertVegaLite(type, spec);
        });
    }

    @TestFactory
    Stream<DynamicTest> emptyRowsRenderWithoutThrowing() {
        return perType("renders no rows: ", type -> assertVegaLite(type, render(new VisualizationRequest(type, List.of(), Map.of()))));
    }

    @TestFactory
    Stream<DynamicTest> awkwardTextStaysValidJson() {
        return perType("escapes awkward text: ", type -> {
            List<Map<String, Object>> awkward = new ArrayList<>();
            for (Map<String, Object> row : rowsFor(type)) {
                Map<String, Object> changed = new LinkedHashMap<>();
                row.forEach((name, value) -> changed.put(name, value instanceof String ? AWKWARD_TEXT + value : value));
                awkward.add(changed);
            }
            Map<String, String> options = new LinkedHashMap<>(sampleOptions());
            options.put("title", AWKWARD_TEXT);
            assertVegaLite(type, render(new VisualizationRequest(type, awkward, options)));
        });
    }

    @TestFactory
    Stream<DynamicTest> renderIsDeterministic() {
        return perType("renders the same twice: ", type -> {
            VisualizationRequest request = new VisualizationRequest(type, rowsFor(type), sampleOptions());
            assertEquals(renderText(request), renderText(request), "two renderings of " + type + " differ");
        });
    }

    @TestFactory
    Stream<DynamicTest> renderGivesTheSameAnswersFromFourThreadsAtOnce() {
        return perType("renders the same from four threads: ", type -> {
            VisualizationRequest request = new VisualizationRequest(type, rowsFor(type), sampleOptions());
            String expected = renderText(request);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return visualization.render(request).vegaLite();
                    }));
                }
                go.countDown();
                for (Future<String> result : results) {
                    assertEquals(expected, result.get(callTimeLimit().toMillis(), TimeUnit.MILLISECONDS),
                            "a concurrent rendering of " + type + " differs");
                }
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @Test
    void undeclaredRequestTypeFailsClearly() {
        String undeclared = "no-such-request-type-" + Math.abs(Objects.hash(visualization.describe().id()));
        try {
            ChartSpec spec = visualization.render(new VisualizationRequest(undeclared, List.of(), Map.of()));
            fail("rendering the undeclared type " + undeclared + " returned " + spec + " instead of failing");
        } catch (IllegalArgumentException | PluginException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank(),
                    "the failure for an undeclared request type has no message");
        }
    }

    private Stream<DynamicTest> perType(String name, ThrowingCheck check) {
        return visualization.describe().requestTypes().stream().sorted()
                .map(type -> DynamicTest.dynamicTest(name + type, () -> check.run(type)));
    }

    private List<Map<String, Object>> rowsFor(String type) {
        Optional<List<Map<String, Object>>> rows = sampleRows(type);
        assumeTrue(rows != null && rows.isPresent(), "no sample rows for request type " + type
                + ": override sampleRows(String) so the kit can check it");
        return rows.get();
    }

    private Map<String, Object> render(VisualizationRequest request) {
        String text = renderText(request);
        try {
            return JsonText.parseObject(text);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("the chart for " + request.type() + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    private String renderText(VisualizationRequest request) {
        ChartSpec spec = assertTimeoutPreemptively(callTimeLimit(), () -> visualization.render(request),
                () -> "render(" + request.type() + ") took longer than " + callTimeLimit());
        assertNotNull(spec, "render(" + request.type() + ") returned null");
        return spec.vegaLite();
    }

    private static void assertVegaLite(String type, Map<String, Object> spec) {
        Object schema = spec.get("$schema");
        assertTrue(schema instanceof String && ((String) schema).toLowerCase(Locale.ROOT).contains("vega-lite"),
                "the chart for " + type + " has no \"$schema\" naming Vega-Lite (found " + schema + ")");
        assertTrue(spec.keySet().stream().anyMatch(VIEW_KEYS::contains),
                "the chart for " + type + " has none of " + VIEW_KEYS + ", so Vega-Lite draws nothing");
    }

    /** One check run per request type. */
    @FunctionalInterface
    private interface ThrowingCheck {
        void run(String requestType) throws Throwable;
    }
}
