package io.custodian.platform.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/** Details of an audit record stored as a JSON object of strings. */
final class AuditDetails {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private AuditDetails() {
    }

    static String toJson(Map<String, String> details) {
        try {
            // Sorted keys: the same details always give the same text (the hash chain of a later issue relies on it).
            return JSON.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details cannot be written as JSON", e);
        }
    }

    static Map<String, String> fromJson(String json) {
        try {
            return json == null || json.isEmpty() ? Map.of() : JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", "true");
        }
    }
}
