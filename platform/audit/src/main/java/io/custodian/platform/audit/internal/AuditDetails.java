package io.custodian.platform.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.custodian.platform.audit.api.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Details (a JSON object of strings) and field changes (a JSON array) of an audit record as stored text. */
final class AuditDetails {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> LIST = new TypeReference<>() { };

    private AuditDetails() {
    }

    static String toJson(Map<String, String> details) {
        // Sorted keys: the same details always give the same text.
        return write(new TreeMap<>(details));
    }

    static Map<String, String> fromJson(String json) {
        try {
            return json == null || json.isEmpty() ? Map.of() : JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", "true");
        }
    }

    /** Empty text for no changes, so rows without changes stay as small as before. */
    static String changesToJson(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        List<Map<String, String>> list = new ArrayList<>();
        for (FieldChange change : changes) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("field", change.field());
            item.put("before", change.before());
            item.put("after", change.after());
            list.add(item);
        }
        return write(list);
    }

    static List<FieldChange> changesFromJson(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            List<FieldChange> changes = new ArrayList<>();
            for (Map<String, String> item : JSON.readValue(json, LIST)) {
                changes.add(new FieldChange(String.valueOf(item.get("field")), item.get("before"), item.get("after")));
            }
            return changes;
        } catch (JsonProcessingException e) {
            return List.of(new FieldChange("unreadable", null, "true"));
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details cannot be written as JSON", e);
        }
    }
}
