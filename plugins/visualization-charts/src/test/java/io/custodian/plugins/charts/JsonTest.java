package io.custodian.plugins.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.custodian.plugin.testkit.JsonText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesEverythingThatCouldBreakJsonOrAPage() {
        String nasty = "q\" b\\ n\n t\t nul\u0000 </script> & \u2028 \uD83D\uDE00 lone\uD800";
        String json = Json.write(Map.of("text", nasty));
        assertEquals("{\"text\":\"q\\\" b\\\\ n\\n t\\t nul\\u0000 \\u003c/script\\u003e \\u0026 \\u2028 \uD83D\uDE00 lone\\ud800\"}", json);
        assertEquals(nasty, JsonText.parseObject(json).get("text"));
    }

    @Test
    void writesNumbersBooleansNullsAndNestingInOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("int", 3);
        value.put("double", 2.5);
        value.put("whole", 4.0);
        value.put("nan", Double.NaN);
        value.put("big", new BigDecimal("1e400"));
        value.put("list", Arrays.asList(true, null, "x"));
        assertEquals("{\"int\":3,\"double\":2.5,\"whole\":4,\"nan\":null,\"big\":1E+400,\"list\":[true,null,\"x\"]}", Json.write(value));
        assertEquals(List.of("int", "double", "whole", "nan", "big", "list"), List.copyOf(JsonText.parseObject(Json.write(value)).keySet()));
    }
}
