package io.custodian.datasources.internal.rest;

import io.custodian.datasources.internal.DataSourceErrorCode;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.secrets.SecretInputs;
import io.custodian.datasources.internal.service.SourceChanges;
import io.custodian.datasources.internal.service.SourceDraft;
import io.custodian.platform.rest.api.CustodianException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads path and query parameters and request bodies into the service's terms, refusing malformed ones. */
final class Requests {

    private Requests() {
    }

    /** A source id from the path; anything but a positive number names no source. */
    static long id(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new CustodianException(DataSourceErrorCode.NOT_FOUND, "No data source has the id " + text);
    }

    /** The {@code test} query parameter: absent or {@code false} is false, {@code true} is true. */
    static boolean flag(String name, String text) {
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw invalid(name, "must be true or false");
    }

    /** A positive limit of at most {@code max}, {@code max} when absent. */
    static int limit(String text, int max) {
        if (text == null) {
            return max;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw invalid("limit", "must be a number from 1 to " + max);
    }

    static SourceDraft draft(SourceBody body) {
        SourceBody given = require(body);
        return new SourceDraft(given.name(), given.type(), given.settings(), secrets(given.secrets(), false),
                given.owner(), given.tags(), given.description());
    }

    static SourceDraft draft(TestBody body) {
        if (body == null) {
            throw invalid("body", "a JSON object with type, settings and secrets is required");
        }
        return new SourceDraft(null, body.type(), body.settings(), secrets(body.secrets(), false), null, null, null);
    }

    static SourceChanges changes(SourceBody body) {
        SourceBody given = require(body);
        return new SourceChanges(given.name(), given.type(), given.settings(), secrets(given.secrets(), true),
                given.owner(), given.tags(), given.description());
    }

    private static SourceBody require(SourceBody body) {
        if (body == null) {
            throw invalid("body", "a JSON object describing the data source is required");
        }
        return body;
    }

    /** The secrets of a body; with {@code nullRemoves}, a {@code null} value is kept as a removal. */
    private static Map<String, SecretInput> secrets(Map<String, Object> json, boolean nullRemoves) {
        Map<String, SecretInput> secrets = new LinkedHashMap<>();
        if (json == null) {
            return secrets;
        }
        List<Map<String, String>> errors = new ArrayList<>();
        json.forEach((name, value) -> {
            if (value == null && nullRemoves) {
                secrets.put(name, null);
                return;
            }
            Optional<SecretInput> input = SecretInputs.fromJson(value);
            if (input.isPresent()) {
                secrets.put(name, input.get());
            } else {
                errors.add(Map.of("field", "secrets." + name, "message", "must be " + SecretInputs.FORMS));
            }
        });
        if (!errors.isEmpty()) {
            throw new CustodianException(DataSourceErrorCode.INVALID_REQUEST, "Secrets must each be "
                    + SecretInputs.FORMS, Map.of("errors", errors));
        }
        return secrets;
    }

    private static CustodianException invalid(String field, String message) {
        return new CustodianException(DataSourceErrorCode.INVALID_REQUEST, field + " " + message,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
