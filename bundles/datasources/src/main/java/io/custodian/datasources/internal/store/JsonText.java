package io.custodian.datasources.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON text of the settings and tags columns. */
public final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> SETTINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };

    private JsonText() {
    }

    /** The JSON text of settings, as stored. */
    public static String settings(Map<String, String> settings) {
        return write(new TreeMap<>(settings));
    }

    static Map<String, String> settings(String json) {
        return read(json, SETTINGS);
    }

    static String tags(List<String> tags) {
        return write(tags);
    }

    static List<String> tags(String json) {
        return read(json, TAGS);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON of plain strings", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A data_source row holds malformed JSON", e);
        }
    }
}
