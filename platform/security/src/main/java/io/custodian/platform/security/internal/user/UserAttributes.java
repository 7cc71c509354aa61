package io.custodian.platform.security.internal.user;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * User attributes as stored (a JSON object of string values) and the rules they obey: names are
 * identifiers conditions can spell ({@code user.department}), values are short strings.
 */
public final class UserAttributes {

    /** Attribute names: what follows {@code user.} in a condition. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");
    /** Names the directory fills itself; an attribute may not shadow them. */
    public static final List<String> RESERVED = List.of("name", "groups");
    static final int MAX_ATTRIBUTES = 50;
    static final int MAX_VALUE_LENGTH = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private UserAttributes() {
    }

    /** What is wrong with {@code attributes}, one message per problem; empty when valid. */
    public static List<String> violations(Map<String, String> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            return List.of("at most " + MAX_ATTRIBUTES + " attributes");
        }
        List<String> problems = new ArrayList<>();
        attributes.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                problems.add("attribute name '" + name + "' must be lower case letters, digits and '_', "
                        + "starting with a letter");
            } else if (RESERVED.contains(name)) {
                problems.add("attribute name '" + name + "' is reserved");
            } else if (value == null || value.length() > MAX_VALUE_LENGTH) {
                problems.add("attribute '" + name + "' needs a value of at most " + MAX_VALUE_LENGTH + " characters");
            }
        });
        return problems;
    }

    static String toJson(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("string map did not serialise", e);
        }
    }

    static Map<String, String> fromJson(String json) {
        try {
            return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            // A hand-edited row must not lock its user out: treat it as no attributes.
            return Map.of();
        }
    }
}
