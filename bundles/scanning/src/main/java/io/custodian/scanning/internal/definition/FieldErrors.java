package io.custodian.scanning.internal.definition;

import io.custodian.platform.rest.api.CustodianException;
import io.custodian.scanning.internal.ScanningErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Collects what is wrong with a request, field by field, so the answer names every problem at once:
 * {@code errors: [{"field": "cron", "message": "..."}]}.
 */
public final class FieldErrors {

    private final List<Map<String, String>> errors = new ArrayList<>();

    public void add(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        errors.add(error);
    }

    /** @throws CustodianException {@code scan.invalid_request} listing the errors, if there are any */
    public void throwIfAny(String what) {
        if (!errors.isEmpty()) {
            throw toException(what);
        }
    }

    /** One field's error, ready to throw. */
    public static CustodianException single(String field, String message) {
        FieldErrors errors = new FieldErrors();
        errors.add(field, message);
        return errors.toException("The request");
    }

    private CustodianException toException(String what) {
        String summary = errors.stream().map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; "));
        return new CustodianException(ScanningErrorCode.INVALID_REQUEST, what + " is invalid: " + summary,
                Map.of("errors", List.copyOf(errors)));
    }
}
