package io.custodian.platform.metrics.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.metrics.internal.format.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DefaultMetricsRegistryTest {

    private final DefaultMetricsRegistry registry = new DefaultMetricsRegistry();

    private String text() {
        return TextFormat.write(registry.collect());
    }

    @Test
    void rendersCountersSortedByNameAndLabels() {
        registry.increment("custodian_http_requests_total", "HTTP requests.", "method", "GET", "code", "200");
        registry.increment("custodian_http_requests_total", "ignored later help", "code", "200", "method", "GET");
        registry.increment("custodian_http_requests_total", "HTTP requests.", "method", "POST", "code", "201");
        registry.increment("custodian_a_total", "First by name.");

        assertEquals("""
                # HELP custodian_a_total First by name.
                # TYPE custodian_a_total counter
                custodian_a_total 1
                # HELP custodian_http_requests_total HTTP requests.
                # TYPE custodian_http_requests_total counter
                custodian_http_requests_total{code="200",method="GET"} 2
                custodian_http_requests_total{code="201",method="POST"} 1
                """, text());
    }

    @Test
    void rendersHistogramBucketsCumulativelyWithSumAndCount() {
        // Binary-exact values, so the sum prints exactly.
        registry.observe("custodian_http_request_duration_seconds", "Request latency.", 0.00390625, "route", "/a");
        registry.observe("custodian_http_request_duration_seconds", "Request latency.", 0.0078125, "route", "/a");
        registry.observe("custodian_http_request_duration_seconds", "Request latency.", 0.375, "route", "/a");
        registry.observe("custodian_http_request_duration_seconds", "Request latency.", 42, "route", "/a");

        assertEquals("""
                # HELP custodian_http_request_duration_seconds Request latency.
                # TYPE custodian_http_request_duration_seconds histogram
                custodian_http_request_duration_seconds_bucket{route="/a",le="0.005"} 1
                custodian_http_request_duration_seconds_bucket{route="/a",le="0.01"} 2
                custodian_http_request_duration_seconds_bucket{route="/a",le="0.025"} 2
                custodian_http_request_duration_seconds_bucket{route="/a",le="0.05"} 2
                custodian_http_request_duration_seconds_bucket{route="/a",le="0.1"} 2
                custodian_http_request_duration_seconds_bucket{route="/a",le="0.25"} 2
                custodian_http_request_duration_seconds_bucket{route="/a",le="0.5"} 3
                custodian_http_request_duration_seconds_bucket{route="/a",le="1"} 3
                custodian_http_request_duration_seconds_bucket{route="/a",le="2.5"} 3
                custodian_http_request_duration_seconds_bucket{route="/a",le="5"} 3
                custodian_http_request_duration_seconds_bucket{route="/a",le="10"} 3
                custodian_http_request_duration_seconds_bucket{route="/a",le="+Inf"} 4
                custodian_http_request_duration_seconds_sum{route="/a"} 42.38671875
                custodian_http_request_duration_seconds_count{route="/a"} 4
                """, text());
    }

    @Test
    void bucketBoundsAreInclusive() {
        registry.observe("lat_seconds", "h", 0.005);
        registry.observe("lat_seconds", "h", 10);
        String text = text();
        assertTrue(text.contains("lat_seconds_bucket{le=\"0.005\"} 1\n"), text);
        assertTrue(text.contains("lat_seconds_bucket{le=\"5\"} 1\n"), text);
        assertTrue(text.contains("lat_seconds_bucket{le=\"10\"} 2\n"), text);
        assertTrue(text.contains("lat_seconds_bucket{le=\"+Inf\"} 2\n"), text);
        assertTrue(text.contains("lat_seconds_count 2\n"), text);
    }

    @Test
    void rendersGaugesReadAtScrapeTimeWithEscapedLabels() {
        double[] value = {1.5};
        registry.gauge("custodian_queue_depth", "Items \\ waiting.\nPer queue.", () -> value[0],
                "queue", "a \"b\"\\c\nd");
        value[0] = 7;

        assertEquals("""
                # HELP custodian_queue_depth Items \\\\ waiting.\\nPer queue.
                # TYPE custodian_queue_depth gauge
                custodian_queue_depth{queue="a \\"b\\"\\\\c\\nd"} 7
                """, text());
    }

    @Test
    void closingAGaugeRemovesItAndItsFamilyWhenEmpty() throws Exception {
        AutoCloseable handle = registry.gauge("g", "A gauge.", () -> 1);
        handle.close();
        assertEquals("", text());
    }

    @Test
    void closingAReplacedGaugeKeepsTheNewerRegistration() throws Exception {
        AutoCloseable first = registry.gauge("g", "A gauge.", () -> 1, "k", "v");
        registry.gauge("g", "A gauge.", () -> 2, "k", "v");
        first.close();
        assertTrue(text().contains("g{k=\"v\"} 2\n"), text());
    }

    @Test
    void failingGaugeIsLeftOutWithoutBreakingOthers() {
        registry.gauge("g", "A gauge.", () -> {
            throw new IllegalStateException("boom");
        }, "k", "broken");
        registry.gauge("g", "A gauge.", () -> 3, "k", "fine");
        String text = text();
        assertTrue(text.contains("g{k=\"fine\"} 3\n"), text);
        assertFalse(text.contains("broken"), text);
    }

    @Test
    void rejectsInvalidMetricAndLabelNames() {
        assertThrows(IllegalArgumentException.class, () -> registry.increment("bad-name", "h"));
        assertThrows(IllegalArgumentException.class, () -> registry.increment(null, "h"));
        assertThrows(IllegalArgumentException.class, () -> registry.increment("ok_total", "h", "bad-label", "v"));
        assertThrows(IllegalArgumentException.class, () -> registry.increment("ok_total", "h", "odd"));
        assertThrows(IllegalArgumentException.class, () -> registry.observe("lat", "h", 0.1, "le", "1"));
        assertThrows(IllegalArgumentException.class, () -> registry.gauge("9g", "h", () -> 1));
        assertThrows(IllegalArgumentException.class, () -> registry.gauge("g", "h", () -> 1, "__x", "v"));
        assertEquals("", text(), "nothing half-registered");
    }

    @Test
    void rejectsNegativeOrNaNDurations() {
        assertThrows(IllegalArgumentException.class, () -> registry.observe("lat", "h", -0.1));
        assertThrows(IllegalArgumentException.class, () -> registry.observe("lat", "h", Double.NaN));
    }

    @Test
    void aNameKeepsItsFirstType() {
        registry.increment("x_total", "h");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.observe("x_total", "h", 1));
        assertTrue(e.getMessage().contains("counter"), e.getMessage());
    }

    @Test
    void dropsNewSeriesBeyondTheCardinalityLimit() {
        for (int i = 0; i < Family.MAX_SERIES + 5; i++) {
            registry.increment("ids_total", "h", "id", Integer.toString(i));
        }
        long lines = text().lines().filter(l -> l.startsWith("ids_total{")).count();
        assertEquals(Family.MAX_SERIES, lines);
    }

    @Test
    void concurrentIncrementsAndObservationsAreAllCounted() throws Exception {
        int threads = 8;
        int perThread = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                String route = "/r" + (t % 2);
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        registry.increment("hits_total", "Hits.", "route", route);
                        registry.observe("lat_seconds", "Latency.", 0.02, "route", route);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        String text = text();
        int perRoute = threads / 2 * perThread;
        assertTrue(text.contains("hits_total{route=\"/r0\"} " + perRoute + "\n"), text);
        assertTrue(text.contains("hits_total{route=\"/r1\"} " + perRoute + "\n"), text);
        assertTrue(text.contains("lat_seconds_count{route=\"/r1\"} " + perRoute + "\n"), text);
        assertTrue(text.contains("lat_seconds_bucket{route=\"/r0\",le=\"0.025\"} " + perRoute + "\n"), text);
        assertTrue(text.contains("lat_seconds_bucket{route=\"/r0\",le=\"0.01\"} 0\n"), text);
    }
}
