package io.custodian.scanning.internal.definition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a schedule written as a Quartz cron expression, the form Camel's quartz component runs: six or seven fields
 * separated by spaces, {@code seconds minutes hours day-of-month month day-of-week [year]}, with {@code ?} in exactly
 * one of the two day fields, for example {@code 0 0 2 * * ?} (02:00 every day) or {@code 0 0/15 * ? * MON-FRI}.
 * The Quartz classes are private to the kernel's event bundle, so the syntax is checked here, field by field, before
 * a definition is saved; the tests hold these rules against Quartz's own parser.
 */
public final class CronExpressions {

    private record Field(String name, int min, int max, List<String> names, String extra) {
    }

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private static final List<Field> FIELDS = List.of(
            new Field("seconds", 0, 59, List.of(), ""),
            new Field("minutes", 0, 59, List.of(), ""),
            new Field("hours", 0, 23, List.of(), ""),
            new Field("day-of-month", 1, 31, List.of(), "dom"),
            new Field("month", 1, 12, MONTHS, ""),
            new Field("day-of-week", 1, 7, DAYS, "dow"),
            new Field("year", 1970, 2099, List.of(), ""));

    private static final Pattern VALUE = Pattern.compile("[0-9]+|[A-Z]{3}");
    private static final Pattern DOM_SPECIAL = Pattern.compile("L(-[0-9]+)?|LW|([0-9]+)W");
    private static final Pattern DOW_SPECIAL = Pattern.compile("([0-9]|[A-Z]{3})(L|#([1-5]))");
    private static final String EXAMPLE = "for example '0 0 2 * * ?' (02:00 every day) or '0 0/15 * ? * MON-FRI'";

    private CronExpressions() {
    }

    /** What is wrong with {@code expression}, or empty when Quartz accepts it. */
    public static Optional<String> problem(String expression) {
        String[] parts = expression.strip().toUpperCase(Locale.ROOT).split("\\s+");
        if (parts.length == 5) {
            return Optional.of("a five-field (Unix) cron expression is not supported: use the Quartz form, which starts "
                    + "with seconds, " + EXAMPLE);
        }
        if (parts.length < 6 || parts.length > 7) {
            return Optional.of("a cron expression has six or seven fields (seconds minutes hours day-of-month month "
                    + "day-of-week [year]), " + EXAMPLE);
        }
        boolean domAny = parts[3].equals("?");
        boolean dowAny = parts[5].equals("?");
        if (domAny == dowAny) {
            return Optional.of("exactly one of day-of-month and day-of-week must be '?', " + EXAMPLE);
        }
        for (int i = 0; i < parts.length; i++) {
            Optional<String> problem = field(FIELDS.get(i), parts[i]);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> field(Field field, String text) {
        if (text.equals("?") && !field.extra().isEmpty()) {
            return Optional.empty();
        }
        for (String item : text.split(",", -1)) {
            if (!item(field, item)) {
                return Optional.of("the " + field.name() + " field '" + text + "' is not valid (values "
                        + field.min() + "-" + field.max() + (field.names().isEmpty() ? "" : " or names like " + field.names().get(0))
                        + ", with * , - /" + special(field) + "), " + EXAMPLE);
            }
        }
        return Optional.empty();
    }

    private static boolean item(Field field, String item) {
        if (field.extra().equals("dom") && DOM_SPECIAL.matcher(item).matches()) {
            return specialDayOfMonth(item);
        }
        if (field.extra().equals("dow")) {
            if (item.equals("L")) {
                return true;
            }
            Matcher special = DOW_SPECIAL.matcher(item);
            if (special.matches()) {
                return value(field, special.group(1)) >= 0;
            }
        }
        String range = item;
        int slash = item.indexOf('/');
        if (slash >= 0) {
            String step = item.substring(slash + 1);
            if (!step.matches("[0-9]+") || Integer.parseInt(step) < 1 || Integer.parseInt(step) > field.max()) {
                return false;
            }
            range = item.substring(0, slash);
        }
        if (range.equals("*")) {
            return true;
        }
        int dash = range.indexOf('-');
        if (dash < 0) {
            return value(field, range) >= 0;
        }
        // A slash needs a start; "a-b" needs both ends.
        return value(field, range.substring(0, dash)) >= 0 && value(field, range.substring(dash + 1)) >= 0;
    }

    private static boolean specialDayOfMonth(String item) {
        if (item.startsWith("L")) {
            return item.length() <= 1 || item.equals("LW") || Integer.parseInt(item.substring(2)) <= 30;
        }
        int day = Integer.parseInt(item.substring(0, item.length() - 1));
        return day >= 1 && day <= 31;
    }

    /** The value of a number or a name in the field's range, or -1. */
    private static int value(Field field, String text) {
        if (!VALUE.matcher(text).matches()) {
            return -1;
        }
        if (Character.isLetter(text.charAt(0))) {
            int index = field.names().indexOf(text);
            return index < 0 ? -1 : field.min() + index;
        }
        if (text.length() > 4) {
            return -1;
        }
        int value = Integer.parseInt(text);
        return value >= field.min() && value <= field.max() ? value : -1;
    }

    private static String special(Field field) {
        return switch (field.extra()) {
            case "dom" -> ", ?, L, W";
            case "dow" -> ", ?, L, #";
            default -> "";
        };
    }
}
