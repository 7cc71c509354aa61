package io.custodian.platform.metrics.internal.format;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void sameLabelsInAnotherOrderAreTheSameSeries() {
        Labels a = Labels.of("method", "GET", "code", "200", "route", "/x");
        Labels b = Labels.of("route", "/x", "method", "GET", "code", "200");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("{code=\"200\",method=\"GET\",route=\"/x\"}", a.toString());
    }

    @Test
    void withAppendsAtTheEnd() {
        assertEquals("{b=\"1\",le=\"0.5\"}", Labels.of("b", "1").with("le", "0.5").toString());
    }

    @Test
    void rejectsOddCountNullsAndDuplicates() {
        assertThrows(IllegalArgumentException.class, () -> Labels.of("a"));
        assertThrows(IllegalArgumentException.class, () -> Labels.of("a", null));
        assertThrows(IllegalArgumentException.class, () -> Labels.of(null, "x"));
        assertThrows(IllegalArgumentException.class, () -> Labels.of("a", "1", "a", "2"));
    }

    @Test
    void validateRejectsInvalidAndReservedNames() {
        assertThrows(IllegalArgumentException.class, () -> Labels.of("1a", "x").validate());
        assertThrows(IllegalArgumentException.class, () -> Labels.of("a-b", "x").validate());
        assertThrows(IllegalArgumentException.class, () -> Labels.of("a:b", "x").validate());
        assertThrows(IllegalArgumentException.class, () -> Labels.of("__name__", "x").validate());
        assertThrows(IllegalArgumentException.class, () -> Labels.of("", "x").validate());
        assertDoesNotThrow(() -> Labels.of("_a1", "any \"value\" at all").validate());
    }

    @Test
    void metricNamesAllowColonsButNotLeadingDigits() {
        assertDoesNotThrow(() -> MetricNames.requireMetricName("custodian:http_requests_total"));
        assertDoesNotThrow(() -> MetricNames.requireMetricName("_x"));
        assertThrows(IllegalArgumentException.class, () -> MetricNames.requireMetricName("9lives"));
        assertThrows(IllegalArgumentException.class, () -> MetricNames.requireMetricName("http.requests"));
        assertThrows(IllegalArgumentException.class, () -> MetricNames.requireMetricName(""));
        assertThrows(IllegalArgumentException.class, () -> MetricNames.requireMetricName(null));
    }
}
