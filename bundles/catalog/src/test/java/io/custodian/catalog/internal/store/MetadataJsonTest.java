package io.custodian.catalog.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataJsonTest {

    @Test
    void equalMetadataIsEqualTextWhateverTheMapOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("z", 1);
        one.put("a", Map.of("y", true, "b", List.of(1, 2)));
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("a", new LinkedHashMap<>(Map.of("b", List.of(1L, 2L), "y", true)));
        two.put("z", 1L);

        assertEquals(MetadataJson.write(one), MetadataJson.write(two));
        assertEquals("{\"a\":{\"b\":[1,2],\"y\":true},\"z\":1}", MetadataJson.write(one));
    }

    @Test
    void nullMembersAreLeftOutBothWays() {
        Map<String, Object> values = new HashMap<>();
        values.put("min", null);
        values.put("max", 3);

        assertEquals("{\"max\":3}", MetadataJson.write(values));
        assertEquals(Map.of("max", 3), MetadataJson.read("{\"max\":3,\"min\":null}"));
        assertEquals(Map.of(), MetadataJson.read(null));
        assertEquals("{}", MetadataJson.write(null));
    }

    @Test
    void differencesNameEachTopLevelFieldWithTextValues() {
        List<MetadataJson.FieldDifference> differences = MetadataJson.differences(
                "{\"comment\":\"old\",\"nullable\":true,\"primaryKey\":[\"id\"],\"same\":1}",
                "{\"comment\":\"new\",\"default\":\"0\",\"primaryKey\":[\"id\",\"x\"],\"same\":1}");

        assertEquals(List.of(
                new MetadataJson.FieldDifference("comment", "old", "new"),
                new MetadataJson.FieldDifference("default", null, "0"),
                new MetadataJson.FieldDifference("nullable", "true", null),
                new MetadataJson.FieldDifference("primaryKey", "[\"id\"]", "[\"id\",\"x\"]")), differences);
    }

    @Test
    void refusesValuesThatAreNotJson() {
        assertThrows(IllegalArgumentException.class, () -> MetadataJson.write(Map.of("self", new Object())));
    }
}
