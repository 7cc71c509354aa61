package io.custodian.scanning.internal.engine;

import io.custodian.catalog.api.CatalogUpdates;
import java.util.ArrayList;
import java.util.List;

/**
 * Qualified names the run saw without storing them again (unchanged by their change token, or outside the
 * definition's scope), marked seen in the catalog in batches of {@value #SIZE}. Once marking fails, the run must not
 * tombstone anything: names still unmarked would look deleted. Used by the reading thread only.
 */
final class SeenBatch {

    static final int SIZE = 500;

    private final CatalogUpdates catalog;
    private final String runId;
    private final String sourceId;
    private final RunErrors errors;
    private final List<String> names = new ArrayList<>();
    private boolean failed;

    SeenBatch(CatalogUpdates catalog, String runId, long sourceId, RunErrors errors) {
        this.catalog = catalog;
        this.runId = runId;
        this.sourceId = Long.toString(sourceId);
        this.errors = errors;
    }

    void add(String qualifiedName) {
        names.add(qualifiedName);
        if (names.size() >= SIZE) {
            flush();
        }
    }

    /** Marks what is pending; answers whether every mark so far succeeded. */
    boolean flush() {
        if (!names.isEmpty()) {
            try {
                catalog.markSeen(runId, sourceId, List.copyOf(names));
            } catch (RuntimeException e) {
                failed = true;
                errors.record(names.get(0), e, RunErrors.CATALOG);
            }
            names.clear();
        }
        return !failed;
    }
}
