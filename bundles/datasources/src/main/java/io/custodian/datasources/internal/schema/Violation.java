package io.custodian.datasources.internal.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing wrong with a request's settings.
 *
 * @param field   the field, for example {@code settings.port} or {@code secrets.password}
 * @param message what is wrong, without the value (which may be a secret)
 */
public record Violation(String field, String message) {

    /** The JSON form in a problem's {@code errors}: {@code {"field": ..., "message": ...}}. */
    public Map<String, String> toJson() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("field", field);
        json.put("message", message);
        return json;
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
