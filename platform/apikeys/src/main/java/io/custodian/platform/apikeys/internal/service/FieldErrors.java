package io.custodian.platform.apikeys.internal.service;

import io.custodian.platform.apikeys.internal.ApiKeyErrorCode;
import io.custodian.platform.rest.api.CustodianException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is wrong with a request body, field by field, so one answer names every problem:
 * {@code errors: [{"field": "scopes[1]", "message": "..."}]}.
 */
final class FieldErrors {

    private final List<Map<String, String>> errors = new ArrayList<>();

    void add(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        errors.add(error);
    }

    /** @throws CustodianException {@code apikey.invalid_request} (400) listing the errors, if there are any */
    void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        String summary = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        throw new CustodianException(ApiKeyErrorCode.INVALID_REQUEST, "The API key is invalid: " + summary,
                Map.of("errors", List.copyOf(errors)));
    }
}
