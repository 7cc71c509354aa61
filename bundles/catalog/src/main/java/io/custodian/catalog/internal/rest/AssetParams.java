package io.custodian.catalog.internal.rest;

import io.custodian.catalog.api.AssetQuery;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.internal.CatalogErrorCode;
import io.custodian.catalog.internal.store.AssetCursor;
import io.custodian.platform.rest.api.CustodianException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the text of path and query parameters into values. Every parameter arrives as text and is parsed here, so
 * that bad input is a 400 {@code catalog.invalid_request} naming the parameter, never a JAX-RS conversion error (a
 * 404) or a 500.
 */
final class AssetParams {

    /** The page size when the request names none. */
    static final int DEFAULT_LIMIT = 100;
    private static final int MAX_TEXT = 2000;
    private static final String TYPES = Arrays.stream(AssetType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private AssetParams() {
    }

    /** The query of a listing. */
    static AssetQuery query(String sourceId, String type, Long parentId, String q, String includeRemoved,
                            String after, String limit) {
        return new AssetQuery(text("sourceId", sourceId), type(type), parentId, text("q", q),
                flag("includeRemoved", includeRemoved), cursor(after), limit(limit));
    }

    static long id(String name, String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Reported below like a number out of range.
        }
        throw invalid(name, name + " must be a positive whole number");
    }

    static Long optionalId(String name, String value) {
        return value == null || value.isBlank() ? null : id(name, value);
    }

    static AssetType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AssetType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("type", "type must be one of " + TYPES);
        }
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        throw invalid(name, name + " must be true or false");
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= AssetQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Reported below like a number out of range.
        }
        throw invalid("limit", "limit must be a whole number from 1 to " + AssetQuery.MAX_LIMIT);
    }

    static String cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            AssetCursor.lastId(value);
            return value.trim();
        } catch (IllegalArgumentException e) {
            throw invalid("after", "after must be the 'next' value of a previous page");
        }
    }

    /** Optional free text; blank counts as absent. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw invalid(name, name + " has at most " + MAX_TEXT + " characters");
        }
        return value;
    }

    /** Required free text. */
    static String required(String name, String value) {
        String text = text(name, value);
        if (text == null) {
            throw invalid(name, name + " is required");
        }
        return text;
    }

    // Details name the parameter but never echo its value.
    static CustodianException invalid(String parameter, String detail) {
        return new CustodianException(CatalogErrorCode.INVALID_REQUEST, detail, Map.of("parameter", parameter));
    }
}
