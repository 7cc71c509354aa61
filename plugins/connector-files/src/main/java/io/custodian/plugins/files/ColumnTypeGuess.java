package io.custodian.plugins.files;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a column's type from the values seen: the narrowest of {@code boolean}, {@code integer},
 * {@code decimal}, {@code date}, {@code timestamp} that every non-null value fits, else {@code string}
 * (also for a column with no non-null value). Booleans are {@code true}/{@code false} in any case; integers
 * have at most 18 digits (a longer run, such as an account number, is a decimal by value but is kept as
 * written); dates are ISO {@code yyyy-mm-dd}; timestamps ISO date-times with {@code T} or a space, optional
 * seconds, fraction and offset. JSON strings are never numbers or booleans, JSON numbers never dates.
 */
final class ColumnTypeGuess {

    static final String BOOLEAN = "boolean";
    static final String INTEGER = "integer";
    static final String DECIMAL = "decimal";
    static final String DATE = "date";
    static final String TIMESTAMP = "timestamp";
    static final String STRING = "string";

    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern DATE_TEXT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIMESTAMP_TEXT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?");

    private boolean canBoolean = true;
    private boolean canInteger = true;
    private boolean canDecimal = true;
    private boolean canDate = true;
    private boolean canTimestamp = true;
    private boolean nullSeen;
    private long nonNull;

    /** Takes one value into account; {@code null} marks the column nullable. */
    void observe(String value, ValueKind kind) {
        if (value == null) {
            nullSeen = true;
            return;
        }
        nonNull++;
        switch (kind) {
            case JSON_STRING:
                canBoolean = canInteger = canDecimal = false;
                checkTemporal(value);
                break;
            case JSON_NUMBER:
                canBoolean = canDate = canTimestamp = false;
                canInteger &= INTEGER_TEXT.matcher(value).matches();
                break;
            case JSON_BOOLEAN:
                canInteger = canDecimal = canDate = canTimestamp = false;
                break;
            case JSON_STRUCTURE:
                canBoolean = canInteger = canDecimal = canDate = canTimestamp = false;
                break;
            default:
                String text = value.strip();
                canBoolean &= text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
                canInteger &= INTEGER_TEXT.matcher(text).matches();
                canDecimal &= DECIMAL_TEXT.matcher(text).matches();
                checkTemporal(text);
        }
    }

    /** Marks the column nullable without a value, for a JSON key that first appeared after some rows. */
    void markNullable() {
        nullSeen = true;
    }

    String dataType() {
        if (nonNull == 0) {
            return STRING;
        } else if (canBoolean) {
            return BOOLEAN;
        } else if (canInteger) {
            return INTEGER;
        } else if (canDecimal) {
            return DECIMAL;
        } else if (canDate) {
            return DATE;
        } else if (canTimestamp) {
            return TIMESTAMP;
        }
        return STRING;
    }

    boolean nullable() {
        return nullSeen;
    }

    private void checkTemporal(String text) {
        if (canDate) {
            Matcher m = DATE_TEXT.matcher(text);
            canDate = m.matches() && isDate(text);
        }
        if (canTimestamp) {
            Matcher m = TIMESTAMP_TEXT.matcher(text);
            canTimestamp = m.matches() && isDate(m.group(1)) && isTime(m.group(2), m.group(3), m.group(4));
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isTime(String hours, String minutes, String seconds) {
        try {
            LocalTime.of(Integer.parseInt(hours), Integer.parseInt(minutes), seconds == null ? 0 : Integer.parseInt(seconds));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
