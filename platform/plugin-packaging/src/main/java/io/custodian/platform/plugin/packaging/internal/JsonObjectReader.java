package io.custodian.platform.plugin.packaging.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one JSON object with explicit type checks, so every refusal is a sentence naming the
 * document and the field: {@code The plugin manifest field "version" must be a string, but it is a number.}
 */
public final class JsonObjectReader {

    private final JsonNode node;
    private final String subject;
    private final Reason reason;

    private JsonObjectReader(JsonNode node, String subject, Reason reason) {
        this.node = node;
        this.subject = subject;
        this.reason = reason;
    }

    /**
     * A reader for {@code node}, refused unless it is an object.
     *
     * @param subject how messages name the object, for example {@code The plugin manifest}
     */
    public static JsonObjectReader of(JsonNode node, String subject, Reason reason) throws PluginRejectedException {
        if (node == null || !node.isObject()) {
            throw new PluginRejectedException(reason, subject + " must be a JSON object, but it is " + typeOf(node) + ".");
        }
        return new JsonObjectReader(node, subject, reason);
    }

    /** How messages name the object. */
    public String subject() {
        return subject;
    }

    /** A required, non-blank string of at most {@code maxLength} characters. */
    public String text(String field, int maxLength) throws PluginRejectedException {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new PluginRejectedException(reason, subject + " has no \"" + field + "\" field.");
        }
        return checkedText(field, value, maxLength);
    }

    /** An optional string (absent or {@code null} gives empty) of at most {@code maxLength} characters. */
    public Optional<String> optionalText(String field, int maxLength) throws PluginRejectedException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string", value);
        }
        String text = value.textValue();
        checkLength(field, text, maxLength);
        return Optional.of(text);
    }

    /**
     * An array of strings, each non-blank and at most {@code maxLength} characters.
     *
     * @param required if true the field must be present and the array non-empty; if false, absent gives an empty list
     */
    public List<String> texts(String field, int maxItems, int maxLength, boolean required) throws PluginRejectedException {
        List<JsonNode> items = array(field, maxItems, required);
        List<String> texts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemName = field + "[" + i + "]";
            texts.add(checkedText(itemName, item, maxLength));
        }
        return texts;
    }

    /**
     * An array of at most {@code maxItems} values.
     *
     * @param required if true the field must be present and the array non-empty; if false, absent gives an empty list
     */
    public List<JsonNode> array(String field, int maxItems, boolean required) throws PluginRejectedException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw missing(field, value);
            }
            return List.of();
        }
        return items(field, value, maxItems, required);
    }

    /** A required array of at most {@code maxItems} values, which may be empty. */
    public List<JsonNode> presentArray(String field, int maxItems) throws PluginRejectedException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw missing(field, value);
        }
        return items(field, value, maxItems, false);
    }

    private List<JsonNode> items(String field, JsonNode value, int maxItems, boolean nonEmpty) throws PluginRejectedException {
        if (!value.isArray()) {
            throw wrongType(field, "an array", value);
        }
        if (nonEmpty && value.isEmpty()) {
            throw invalid(field, "must list at least one entry");
        }
        if (value.size() > maxItems) {
            throw invalid(field, "lists " + value.size() + " entries; at most " + maxItems + " are allowed");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    private PluginRejectedException missing(String field, JsonNode value) {
        return value == null
                ? new PluginRejectedException(reason, subject + " has no \"" + field + "\" field.")
                : invalid(field, "must not be null");
    }

    /** A required whole number, at least {@code min}, that fits in a {@code long}. */
    public long wholeNumber(String field, long min) throws PluginRejectedException {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new PluginRejectedException(reason, subject + " has no \"" + field + "\" field.");
        }
        if (!value.isNumber()) {
            throw wrongType(field, "a number", value);
        }
        if (!value.isIntegralNumber()) {
            throw invalid(field, "must be a whole number, but it is " + value.asText());
        }
        if (!value.canConvertToLong()) {
            throw invalid(field, "is too large");
        }
        long number = value.longValue();
        if (number < min) {
            throw invalid(field, "must be at least " + min + ", but it is " + number);
        }
        return number;
    }

    /** An optional JSON object (absent or {@code null} gives empty). */
    public Optional<JsonNode> optionalObject(String field) throws PluginRejectedException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw wrongType(field, "an object", value);
        }
        return Optional.of(value);
    }

    /** A refusal of {@code field}: {@code <subject> field "<field>" <problem>.} */
    public PluginRejectedException invalid(String field, String problem) {
        return new PluginRejectedException(reason, subject + " field \"" + field + "\" " + problem + ".");
    }

    private String checkedText(String field, JsonNode value, int maxLength) throws PluginRejectedException {
        if (!value.isTextual()) {
            throw wrongType(field, "a string", value);
        }
        String text = value.textValue();
        if (text.isBlank()) {
            throw invalid(field, "must not be empty");
        }
        checkLength(field, text, maxLength);
        return text;
    }

    private void checkLength(String field, String text, int maxLength) throws PluginRejectedException {
        if (text.length() > maxLength) {
            throw invalid(field, "is longer than " + maxLength + " characters (it has " + text.length() + ")");
        }
    }

    private PluginRejectedException wrongType(String field, String expected, JsonNode actual) {
        return invalid(field, "must be " + expected + ", but it is " + typeOf(actual));
    }

    /** The JSON type of {@code node} with an article, as people say it: {@code a number}, {@code an array}. */
    static String typeOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        switch (node.getNodeType()) {
            case ARRAY:
                return "an array";
            case OBJECT:
            case POJO:
                return "an object";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "true or false";
            case NULL:
                return "null";
            default:
                return "something else";
        }
    }
}
