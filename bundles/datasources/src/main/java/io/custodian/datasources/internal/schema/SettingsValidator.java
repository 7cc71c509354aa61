package io.custodian.datasources.internal.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a source's settings against its connector's {@link ConfigSchema} and turns them into the strings a
 * connector receives. Values arrive as JSON gives them (strings, numbers, booleans) or as text typed in the shell:
 * an integer setting accepts {@code 5432} and {@code "5432"}, a boolean {@code true} and {@code "true"}. Every
 * violation names its field; none repeats the value, which may be a secret.
 */
public final class SettingsValidator {

    /** The longest non-secret setting, in characters. */
    public static final int MAX_VALUE_LENGTH = 2000;
    /** The longest secret value, in UTF-8 bytes. */
    public static final int MAX_SECRET_BYTES = 4096;

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    /**
     * The outcome of a check.
     *
     * @param settings   the non-secret settings as text, sorted by name (meaningful only when valid)
     * @param violations everything wrong, empty when valid
     */
    public record Result(Map<String, String> settings, List<Violation> violations) {

        /** Copies both. */
        public Result {
            settings = Map.copyOf(settings);
            violations = List.copyOf(violations);
        }

        /** Whether nothing is wrong. */
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private SettingsValidator() {
    }

    /**
     * Checks settings and secrets together.
     *
     * @param schema         the connector's schema
     * @param settings       the non-secret settings; a {@code null} value counts as absent
     * @param secretNames    every secret that will be set once the change is stored (new, replaced and kept)
     * @param literalSecrets the values of the secrets given as values now, checked against their rules
     */
    public static Result validate(ConfigSchema schema, Map<String, ?> settings, Set<String> secretNames,
                                  Map<String, String> literalSecrets) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> texts = new TreeMap<>();
        new TreeMap<String, Object>(settings).forEach((name, value) -> {
            if (value != null) {
                setting(schema, name, value, violations).ifPresent(text -> texts.put(name, text));
            }
        });
        for (String name : new TreeSet<>(secretNames)) {
            secretName(schema, name).ifPresent(message -> violations.add(new Violation("secrets." + name, message)));
        }
        new TreeMap<>(literalSecrets).forEach((name, value) -> schema.property(name).filter(PropertyRule::secret)
                .ifPresent(rule -> secretValue(rule, value).ifPresent(message ->
                        violations.add(new Violation("secrets." + name, message)))));
        for (String name : new TreeSet<>(schema.required())) {
            // A value that is present but wrong has its own violation already.
            if (settings.get(name) == null && !secretNames.contains(name)) {
                boolean secret = schema.property(name).map(PropertyRule::secret).orElse(false);
                violations.add(new Violation((secret ? "secrets." : "settings.") + name, "is required"));
            }
        }
        return new Result(texts, violations);
    }

    private static Optional<String> setting(ConfigSchema schema, String name, Object value, List<Violation> violations) {
        String field = "settings." + name;
        Optional<PropertyRule> rule = schema.property(name);
        if (rule.isEmpty() && !schema.additionalProperties()) {
            violations.add(new Violation(field, "is not a setting of this type"));
            return Optional.empty();
        }
        if (rule.isPresent() && rule.get().secret()) {
            violations.add(new Violation(field, "is a secret setting: send it in secrets, never in settings"));
            return Optional.empty();
        }
        String type = rule.map(PropertyRule::type).orElse(null);
        Optional<String> text = typed(type, value);
        if (text.isEmpty()) {
            violations.add(new Violation(field, expectation(type)));
            return Optional.empty();
        }
        Optional<String> problem = rule.isPresent() ? constraints(rule.get(), text.get()) : lengthProblem(text.get());
        problem.ifPresent(message -> violations.add(new Violation(field, message)));
        return problem.isPresent() ? Optional.empty() : text;
    }

    private static Optional<String> secretName(ConfigSchema schema, String name) {
        Optional<PropertyRule> rule = schema.property(name);
        if (rule.isEmpty()) {
            return schema.additionalProperties() ? Optional.empty() : Optional.of("is not a setting of this type");
        }
        return rule.get().secret() ? Optional.empty()
                : Optional.of("is not a secret setting: send it in settings");
    }

    private static Optional<String> secretValue(PropertyRule rule, String value) {
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_SECRET_BYTES) {
            return Optional.of("is longer than " + MAX_SECRET_BYTES + " bytes");
        }
        if (rule.type() != null && typed(rule.type(), value).isEmpty()) {
            return Optional.of(expectation(rule.type()));
        }
        return constraints(rule, value);
    }

    /** The value as the text a connector gets, or empty if it is not of the type. */
    private static Optional<String> typed(String type, Object value) {
        if (type == null) {
            return value instanceof String || value instanceof Number || value instanceof Boolean
                    ? Optional.of(String.valueOf(value)) : Optional.empty();
        }
        return switch (type) {
            case "string" -> value instanceof String text ? Optional.of(text) : Optional.empty();
            case "integer" -> integer(value);
            case "number" -> number(value);
            case "boolean" -> bool(value);
            default -> Optional.empty();
        };
    }

    private static Optional<String> integer(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return Optional.of(value.toString());
        }
        if (value instanceof Number number) {
            try {
                return Optional.of(new BigDecimal(number.toString()).toBigIntegerExact().toString());
            } catch (ArithmeticException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (value instanceof String text && INTEGER.matcher(text.strip()).matches()) {
            return Optional.of(new BigInteger(text.strip()).toString());
        }
        return Optional.empty();
    }

    private static Optional<String> number(Object value) {
        String text = value instanceof Number || value instanceof String ? value.toString().strip() : null;
        if (text == null) {
            return Optional.empty();
        }
        try {
            new BigDecimal(text);
            return Optional.of(text);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> bool(Object value) {
        if (value instanceof Boolean flag) {
            return Optional.of(flag.toString());
        }
        if (value instanceof String text) {
            String lower = text.strip().toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("false")) {
                return Optional.of(lower);
            }
        }
        return Optional.empty();
    }

    private static String expectation(String type) {
        if (type == null) {
            return "must be a string, a number or a boolean";
        }
        return switch (type) {
            case "integer" -> "must be an integer";
            case "number" -> "must be a number";
            case "boolean" -> "must be true or false";
            default -> "must be a string";
        };
    }

    private static Optional<String> constraints(PropertyRule rule, String text) {
        Optional<String> length = lengthProblem(text);
        if (length.isPresent()) {
            return length;
        }
        if (!rule.allowed().isEmpty() && !rule.allowed().contains(text)) {
            return Optional.of("must be one of " + String.join(", ", rule.allowed()));
        }
        if (rule.pattern() != null && !rule.pattern().matcher(text).find()) {
            return Optional.of("must match the pattern " + rule.pattern().pattern());
        }
        int characters = text.codePointCount(0, text.length());
        if (rule.minLength() != null && characters < rule.minLength()) {
            return Optional.of(rule.minLength() == 1 ? "must not be empty"
                    : "must have at least " + rule.minLength() + " characters");
        }
        if (rule.maxLength() != null && characters > rule.maxLength()) {
            return Optional.of("must have at most " + rule.maxLength() + " characters");
        }
        return "integer".equals(rule.type()) || "number".equals(rule.type()) ? bounds(rule, new BigDecimal(text))
                : Optional.empty();
    }

    private static Optional<String> lengthProblem(String text) {
        return text.length() > MAX_VALUE_LENGTH
                ? Optional.of("is longer than " + MAX_VALUE_LENGTH + " characters") : Optional.empty();
    }

    private static Optional<String> bounds(PropertyRule rule, BigDecimal value) {
        if (rule.minimum() != null && value.compareTo(rule.minimum()) < 0) {
            return Optional.of("must be at least " + rule.minimum().toPlainString());
        }
        if (rule.maximum() != null && value.compareTo(rule.maximum()) > 0) {
            return Optional.of("must be at most " + rule.maximum().toPlainString());
        }
        if (rule.exclusiveMinimum() != null && value.compareTo(rule.exclusiveMinimum()) <= 0) {
            return Optional.of("must be more than " + rule.exclusiveMinimum().toPlainString());
        }
        if (rule.exclusiveMaximum() != null && value.compareTo(rule.exclusiveMaximum()) >= 0) {
            return Optional.of("must be less than " + rule.exclusiveMaximum().toPlainString());
        }
        return Optional.empty();
    }
}
