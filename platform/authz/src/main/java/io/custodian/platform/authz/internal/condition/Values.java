package io.custodian.platform.authz.internal.condition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalTime;
import java.util.Collection;

/**
 * How values compare: numerically when either side is a number, as times of day when either side
 * is a time, otherwise as strings. Collections are only looked into by {@code in} and
 * {@code contains}. Nothing here throws: a value that cannot be read the required way makes the
 * comparison false.
 */
final class Values {

    private static final int MAX_NUMBER_TEXT = 64;

    private Values() {
    }

    static boolean truth(Object value) {
        return Boolean.TRUE.equals(value);
    }

    /** Equality of two non-null values. */
    static boolean equal(Object a, Object b) {
        if (a instanceof Collection || b instanceof Collection) {
            return false;
        }
        if (a instanceof Number || b instanceof Number) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        if (a instanceof LocalTime || b instanceof LocalTime) {
            LocalTime x = time(a);
            return x != null && x.equals(time(b));
        }
        return a.toString().equals(b.toString());
    }

    /** The order of two non-null values, or {@code null} when they cannot be ordered. */
    static Integer order(Object a, Object b) {
        if (a instanceof Collection || b instanceof Collection || a instanceof Boolean || b instanceof Boolean) {
            return null;
        }
        if (a instanceof Number || b instanceof Number) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            return x == null || y == null ? null : x.compareTo(y);
        }
        if (a instanceof LocalTime || b instanceof LocalTime) {
            LocalTime x = time(a);
            LocalTime y = time(b);
            return x == null || y == null ? null : x.compareTo(y);
        }
        return a.toString().compareTo(b.toString());
    }

    /** Whether the collection holds an item equal to {@code value}. */
    static boolean member(Object value, Collection<?> items) {
        for (Object item : items) {
            if (item != null && equal(value, item)) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof String s && isDecimal(s)) {
            return new BigDecimal(s);
        }
        return null;
    }

    /** A time of day: a {@link LocalTime} itself, or a string {@code HH:mm} or {@code HH:mm:ss}. */
    static LocalTime time(Object value) {
        if (value instanceof LocalTime t) {
            return t;
        }
        if (!(value instanceof String s) || (s.length() != 5 && s.length() != 8)) {
            return null;
        }
        int hour = twoDigits(s, 0);
        int minute = twoDigits(s, 3);
        int second = s.length() == 8 ? twoDigits(s, 6) : 0;
        if (s.charAt(2) != ':' || (s.length() == 8 && s.charAt(5) != ':')
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    private static int twoDigits(String s, int at) {
        char tens = s.charAt(at);
        char ones = s.charAt(at + 1);
        if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
            return -1;
        }
        return (tens - '0') * 10 + (ones - '0');
    }

    private static boolean isDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_NUMBER_TEXT) {
            return false;
        }
        int i = s.charAt(0) == '-' ? 1 : 0;
        int digitsBefore = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        i++;
        int digitsAfter = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digitsAfter++;
        }
        return digitsAfter > 0 && i == n;
    }
}
