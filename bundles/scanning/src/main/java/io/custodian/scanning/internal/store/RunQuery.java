package io.custodian.scanning.internal.store;

import io.custodian.scanning.api.ScanStatus;

/**
 * Filters and paging of the run history, newest first. Every filter is optional ({@code null}).
 *
 * @param definitionId only runs of this definition
 * @param sourceId     only runs of this source
 * @param status       only runs in this status
 * @param after        the cursor of the previous page, {@code null} for the first
 * @param limit        page size, 1..{@value #MAX_LIMIT}
 */
public record RunQuery(Long definitionId, Long sourceId, ScanStatus status, String after, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public RunQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }
}
