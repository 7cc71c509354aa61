package io.custodian.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void readsNestedDocumentsInOrder() {
        Map<String, Object> doc = JsonText.parseObject(
                "{\"$schema\":\"https://vega.github.io/schema/vega-lite/v5.json\",\"n\":-1.5e3,\"ok\":true,\"none\":null,"
                        + "\"list\":[1,\"two\",{\"three\":3}],\"text\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\"}");
        assertEquals(List.of("$schema", "n", "ok", "none", "list", "text"), List.copyOf(doc.keySet()));
        assertEquals(new BigDecimal("-1.5e3"), doc.get("n"));
        assertEquals(Boolean.TRUE, doc.get("ok"));
        assertNull(doc.get("none"));
        assertEquals(Map.of("three", new BigDecimal("3")), ((List<?>) doc.get("list")).get(2));
        assertEquals("a\"b\\c\n\u00e9\uD83D\uDE00", doc.get("text"));
    }

    @Test
    void refusesWhatLenientParsersAccept() {
        for (String bad : List.of("{\"a\":1,}", "[1,2,]", "{'a':1}", "{\"a\":01}", "{\"a\":1} x", "{\"a\":1,\"a\":2}",
                "{\"a\":\"tab\there\"}", "// c\n{}", "{\"a\":NaN}", "", "{\"a\":\"\\x\"}", "{\"a\":1.}", "[")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonText.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("invalid JSON at offset "), e.getMessage());
        }
    }

    @Test
    void namesDuplicateKeysAndOffsets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonText.parse("{\"a\":1,\"a\":2}"));
        assertEquals("invalid JSON at offset 7: expected no duplicate member name (\"a\" appears twice) but found '\"'", e.getMessage());
    }

    @Test
    void refusesNonObjectsWhereAnObjectIsNeeded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonText.parseObject("[1]"));
        assertEquals("expected a JSON object but found an array", e.getMessage());
    }

    @Test
    void refusesExcessiveNestingWithoutStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonText.parse(deep));
        assertTrue(e.getMessage().contains("nesting of at most 256 levels"), e.getMessage());
    }
}
