package io.custodian.platform.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.metrics.internal.format.MetricFamily;
import io.custodian.platform.metrics.internal.format.MetricType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScrapeTest {

    @Test
    void sortsFamiliesAndKeepsTheFirstOfADuplicateName() {
        Scrape scrape = new Scrape(List.of(
                () -> List.of(MetricFamily.single("b", "first b", MetricType.GAUGE, 1)),
                () -> List.of(MetricFamily.single("b", "second b", MetricType.COUNTER, 2),
                        MetricFamily.single("a", "an a", MetricType.GAUGE, 3))));
        assertEquals("""
                # HELP a an a
                # TYPE a gauge
                a 3
                # HELP b first b
                # TYPE b gauge
                b 1
                """, scrape.scrape());
    }

    @Test
    void aFailingCollectorIsLeftOut() {
        Scrape scrape = new Scrape(List.of(
                () -> {
                    throw new IllegalStateException("boom");
                },
                () -> List.of(MetricFamily.single("ok", "fine", MetricType.GAUGE, 1))));
        assertEquals("# HELP ok fine\n# TYPE ok gauge\nok 1\n", scrape.scrape());
    }

    @Test
    void componentScrapeIsValidAndHasJvmAndRegistryMetricsButNoAbsentServices() {
        MetricsComponent component = new MetricsComponent();
        component.increment("custodian_test_total", "A test counter.", "k", "v\"1\"");
        component.observe("custodian_test_seconds", "A test histogram.", 0.2);
        component.gauge("custodian_test_gauge", "A test gauge.", () -> 0.5);

        String text = component.scrape();
        Map<String, String> types = ExpositionChecker.check(text);

        assertEquals("counter", types.get("custodian_test_total"));
        assertEquals("histogram", types.get("custodian_test_seconds"));
        assertEquals("gauge", types.get("custodian_test_gauge"));
        assertEquals("gauge", types.get("jvm_memory_bytes_used"));
        assertEquals("gauge", types.get("jvm_memory_bytes_max"));
        assertEquals("gauge", types.get("jvm_threads_current"));
        assertEquals("summary", types.get("jvm_gc_collection_seconds"));
        assertEquals("gauge", types.get("jvm_classes_loaded"));
        assertEquals("counter", types.get("process_cpu_seconds_total"));
        assertEquals("gauge", types.get("process_start_time_seconds"));
        assertTrue(text.contains("jvm_memory_bytes_used{area=\"heap\"} "), text);
        assertTrue(text.contains("jvm_memory_bytes_used{area=\"nonheap\"} "), text);
        assertTrue(text.contains("jvm_gc_collection_seconds_count{gc=\""), text);
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertEquals("gauge", types.get("process_resident_memory_bytes"));
        }
        assertFalse(text.contains("custodian_db_"), "no database service, no database series");
        assertFalse(text.contains("custodian_event"), "no event bus service, no event series");
    }
}
