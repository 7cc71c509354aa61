package io.custodian.plugins.charts;

import java.math.BigDecimal;
import java.util.Map;

/** Reading fields of request rows, with errors that name the row (1-based) and the field. */
final class Rows {

    private Rows() {
    }

    /** A field rendered as text; refused when missing, null or blank. */
    static String text(Map<String, Object> row, int index, String field) {
        Object value = row.get(field);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException("row " + (index + 1) + " has no \"" + field + "\"");
        }
        return String.valueOf(value);
    }

    /** A field that must be a non-negative number (or text holding one). */
    static BigDecimal count(Map<String, Object> row, int index, String field) {
        Object value = row.get(field);
        BigDecimal number;
        try {
            if (value instanceof BigDecimal) {
                number = (BigDecimal) value;
            } else if (value instanceof Number || value instanceof String) {
                number = new BigDecimal(String.valueOf(value).trim());
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("row " + (index + 1) + ": \"" + field + "\" is not a number: "
                    + (value == null ? "missing" : "\"" + ChartOptions.abbreviate(value) + "\""));
        }
        if (number.signum() < 0) {
            throw new IllegalArgumentException("row " + (index + 1) + ": \"" + field + "\" is negative: " + number);
        }
        return number;
    }
}
