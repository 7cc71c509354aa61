package io.custodian.datasources.internal.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one property of a connector's settings schema allows. Absent constraints are {@code null} (or an empty enum).
 *
 * @param name             the property's name
 * @param type             {@code string}, {@code integer}, {@code number} or {@code boolean}; {@code null} for any scalar
 * @param pattern          a regular expression the value must contain a match of, as JSON Schema defines it
 * @param allowed          the values of {@code enum}, as text
 * @param minimum          inclusive lower bound of a number
 * @param maximum          inclusive upper bound of a number
 * @param exclusiveMinimum exclusive lower bound of a number
 * @param exclusiveMaximum exclusive upper bound of a number
 * @param minLength        fewest characters of a string
 * @param maxLength        most characters of a string
 * @param secret           {@code "writeOnly": true}: a secret setting
 */
public record PropertyRule(String name, String type, Pattern pattern, List<String> allowed, BigDecimal minimum,
                           BigDecimal maximum, BigDecimal exclusiveMinimum, BigDecimal exclusiveMaximum,
                           Integer minLength, Integer maxLength, boolean secret) {

    /** Copies the enum values. */
    public PropertyRule {
        allowed = List.copyOf(allowed == null ? List.of() : allowed);
    }
}
