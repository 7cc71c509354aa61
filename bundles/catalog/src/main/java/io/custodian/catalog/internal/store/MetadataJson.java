package io.custodian.catalog.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Technical metadata and profiles as stored: JSON objects with sorted keys and without null members, so that equal
 * metadata is equal text and "unchanged" is one string comparison. Differences are computed field by field only
 * when the texts differ.
 */
final class MetadataJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private MetadataJson() {
    }

    /** The canonical text of {@code values}; members with a null value are left out. */
    static String write(Map<String, ?> values) {
        Map<String, Object> present = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (key != null && value != null) {
                    present.put(key, value);
                }
            });
        }
        try {
            return MAPPER.writeValueAsString(present);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Metadata must be strings, numbers, booleans, lists and maps: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The map of a stored text; empty for null or blank, without null members. */
    static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> values = MAPPER.readValue(json, MAP);
            values.values().removeIf(value -> value == null);
            return values;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored catalog metadata is not a JSON object", e);
        }
    }

    /** The top-level fields whose values differ between two stored texts, in field order. */
    static List<FieldDifference> differences(String before, String after) {
        JsonNode old = tree(before);
        JsonNode now = tree(after);
        TreeSet<String> fields = new TreeSet<>();
        old.fieldNames().forEachRemaining(fields::add);
        now.fieldNames().forEachRemaining(fields::add);
        List<FieldDifference> differences = new ArrayList<>();
        for (String field : fields) {
            JsonNode was = old.get(field);
            JsonNode is = now.get(field);
            if (was == null ? is != null : !was.equals(is)) {
                differences.add(new FieldDifference(field, text(was), text(is)));
            }
        }
        return differences;
    }

    private static JsonNode tree(String json) {
        try {
            return json == null || json.isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored catalog metadata is not a JSON object", e);
        }
    }

    /** A value as history text: strings as they are, anything else as JSON, absent as null. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** One differing field, values as history text. */
    record FieldDifference(String field, String before, String after) {
    }
}
