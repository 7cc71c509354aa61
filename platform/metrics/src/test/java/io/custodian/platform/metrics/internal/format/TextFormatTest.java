package io.custodian.platform.metrics.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatTest {

    @Test
    void formatsWholeNumbersWithoutFraction() {
        assertEquals("0", TextFormat.formatValue(0));
        assertEquals("0", TextFormat.formatValue(-0.0));
        assertEquals("42", TextFormat.formatValue(42));
        assertEquals("-3", TextFormat.formatValue(-3));
    }

    @Test
    void formatsFractionsAndSpecialValuesThePrometheusWay() {
        assertEquals("0.005", TextFormat.formatValue(0.005));
        assertEquals("2.5", TextFormat.formatValue(2.5));
        assertEquals("+Inf", TextFormat.formatValue(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", TextFormat.formatValue(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", TextFormat.formatValue(Double.NaN));
        assertEquals("1.0E20", TextFormat.formatValue(1e20));
        assertEquals("1.0E-5", TextFormat.formatValue(0.00001));
        assertEquals("1795308457.787", TextFormat.formatValue(1.795308457787E9));
        assertEquals("-0.25", TextFormat.formatValue(-0.25));
    }

    @Test
    void escapesBackslashQuoteAndNewlineInLabelValues() {
        Labels labels = Labels.of("path", "C:\\temp\\\"x\"\nnext");
        assertEquals("{path=\"C:\\\\temp\\\\\\\"x\\\"\\nnext\"}", labels.toString());
    }

    @Test
    void escapesBackslashAndNewlineButNotQuotesInHelp() {
        String text = TextFormat.write(List.of(
                MetricFamily.single("x", "a \"quoted\" back\\slash\nand more", MetricType.GAUGE, 1)));
        assertEquals("# HELP x a \"quoted\" back\\\\slash\\nand more\n# TYPE x gauge\nx 1\n", text);
    }

    @Test
    void omitsHelpLineWhenHelpIsEmpty() {
        String text = TextFormat.write(List.of(MetricFamily.single("x", null, MetricType.COUNTER, 2)));
        assertEquals("# TYPE x counter\nx 2\n", text);
    }
}
