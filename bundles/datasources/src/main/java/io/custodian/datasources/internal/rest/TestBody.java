package io.custodian.datasources.internal.rest;

import java.util.Map;

/**
 * The body of {@code POST /datasources/test}: settings to try without saving them.
 *
 * @param type     connector type
 * @param settings non-secret settings
 * @param secrets  secret settings: values, {@code {"env": "NAME"}} or {@code {"file": "/path"}}
 */
public record TestBody(String type, Map<String, Object> settings, Map<String, Object> secrets) {
}
