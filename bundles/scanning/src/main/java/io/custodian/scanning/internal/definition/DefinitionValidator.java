package io.custodian.scanning.internal.definition;

import io.custodian.scanning.api.ScanLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a client's {@link DefinitionBody} into {@link DefinitionSettings}: defaults for a new definition, the current
 * values for fields an update leaves out, and one error per wrong field. Whether the source exists is checked by the
 * caller, which knows the data sources.
 */
final class DefinitionValidator {

    static final int MAX_NAME = 200;
    static final int MAX_PATTERNS = 100;
    static final int MAX_PATTERN = 500;
    static final int MAX_RULE_SET = 200;
    static final int MAX_CONCURRENCY = 16;
    static final int DEFAULT_CONCURRENCY = 2;

    private DefinitionValidator() {
    }

    /**
     * The settings of a new definition.
     *
     * @param defaultName the name to use when the body has none ({@code "<source name> scan"})
     */
    static DefinitionSettings forCreation(DefinitionBody body, String defaultName) {
        FieldErrors errors = new FieldErrors();
        DefinitionSettings settings = merge(body, new DefinitionSettings(defaultName, body.sourceId() == null ? 0 : body.sourceId(),
                List.of(), List.of(), ScanLevel.STATISTICS, null, null, DEFAULT_CONCURRENCY), errors);
        errors.throwIfAny("The scan definition");
        return settings;
    }

    /** The settings after an update: omitted fields keep their current values. */
    static DefinitionSettings forUpdate(DefinitionBody body, DefinitionSettings current) {
        FieldErrors errors = new FieldErrors();
        DefinitionSettings settings = merge(body, current, errors);
        errors.throwIfAny("The scan definition");
        return settings;
    }

    private static DefinitionSettings merge(DefinitionBody body, DefinitionSettings base, FieldErrors errors) {
        String name = body.name() == null ? base.name() : body.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add("name", "1 to " + MAX_NAME + " characters");
        }
        List<String> include = body.include() == null ? base.include() : patterns("include", body.include(), errors);
        List<String> exclude = body.exclude() == null ? base.exclude() : patterns("exclude", body.exclude(), errors);
        ScanLevel level = body.level() == null ? base.level() : level(body.level(), errors);
        String ruleSet = body.ruleSet() == null ? base.ruleSet() : blankToNull(body.ruleSet());
        if (ruleSet != null && ruleSet.length() > MAX_RULE_SET) {
            errors.add("ruleSet", "at most " + MAX_RULE_SET + " characters");
        }
        String cron = body.cron() == null ? base.cron() : blankToNull(body.cron());
        if (cron != null) {
            CronExpressions.problem(cron).ifPresent(problem -> errors.add("cron", problem));
        }
        int concurrency = body.concurrency() == null ? base.concurrency() : body.concurrency();
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            errors.add("concurrency", "between 1 and " + MAX_CONCURRENCY);
        }
        long sourceId = body.sourceId() == null ? base.sourceId() : body.sourceId();
        if (sourceId <= 0) {
            errors.add("sourceId", body.sourceId() == null ? "required: the id of the data source to scan" : "a data source id");
        }
        return new DefinitionSettings(name, sourceId, include, exclude, level == null ? base.level() : level, ruleSet,
                cron == null ? null : cron.strip().replaceAll("\\s+", " "), concurrency);
    }

    private static List<String> patterns(String field, List<String> patterns, FieldErrors errors) {
        if (patterns.size() > MAX_PATTERNS) {
            errors.add(field, "at most " + MAX_PATTERNS + " patterns");
            return List.of();
        }
        for (String pattern : patterns) {
            if (pattern == null || pattern.isBlank()) {
                errors.add(field, "a pattern must not be empty");
            } else if (pattern.length() > MAX_PATTERN) {
                errors.add(field, "a pattern has at most " + MAX_PATTERN + " characters");
            } else if (pattern.indexOf('\n') >= 0 || pattern.indexOf('\r') >= 0) {
                errors.add(field, "a pattern must not contain a line break");
            }
        }
        return patterns.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).distinct().toList();
    }

    private static ScanLevel level(String text, FieldErrors errors) {
        try {
            return ScanLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("level", "one of " + Arrays.toString(ScanLevel.values()));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
