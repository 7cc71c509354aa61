package io.custodian.catalog.internal.store;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a draft must satisfy before it is stored. A violation is the caller's mistake (an
 * {@link IllegalArgumentException} naming it) rather than a database error halfway through a transaction.
 */
final class DraftRules {

    // The column sizes of catalog_asset.
    private static final int MAX_SOURCE_ID = 64;
    private static final int MAX_RUN_ID = 64;
    private static final int MAX_QUALIFIED_NAME = 2000;
    private static final int MAX_NAME = 1000;
    private static final int MAX_CHANGE_TOKEN = 2000;

    private DraftRules() {
    }

    static void checkRun(String runId) {
        if (runId != null && runId.length() > MAX_RUN_ID) {
            throw new IllegalArgumentException("A run id has at most " + MAX_RUN_ID + " characters");
        }
    }

    static void checkSource(String sourceId) {
        if (sourceId == null || sourceId.isBlank() || sourceId.length() > MAX_SOURCE_ID) {
            throw new IllegalArgumentException("A source id is 1 to " + MAX_SOURCE_ID + " characters");
        }
    }

    /** A source, database, schema or folder (anything but a column; a table stored this way keeps its columns). */
    static void checkContainer(String runId, AssetDraft draft) {
        checkRun(runId);
        check(draft);
        if (draft.type() == AssetType.COLUMN) {
            throw new IllegalArgumentException("Columns are stored with their table: " + draft.qualifiedName());
        }
    }

    /** A table, view or file and its columns, each column a child of it in the same source, each once. */
    static void checkWithColumns(String runId, AssetDraft asset, List<AssetDraft> columns) {
        checkRun(runId);
        check(asset);
        if (!asset.type().holdsColumns()) {
            throw new IllegalArgumentException(asset.type() + " " + asset.qualifiedName() + " holds no columns");
        }
        Set<String> names = new HashSet<>();
        for (AssetDraft column : columns) {
            check(column);
            if (column.type() != AssetType.COLUMN) {
                throw new IllegalArgumentException(column.qualifiedName() + " is a " + column.type() + ", not a column");
            }
            if (!column.sourceId().equals(asset.sourceId())
                    || !asset.qualifiedName().equals(column.parentQualifiedName())) {
                throw new IllegalArgumentException("Column " + column.qualifiedName() + " does not belong to "
                        + asset.qualifiedName());
            }
            if (!names.add(column.qualifiedName())) {
                throw new IllegalArgumentException("Column " + column.qualifiedName() + " is listed twice");
            }
        }
    }

    private static void check(AssetDraft draft) {
        checkSource(draft.sourceId());
        if (draft.qualifiedName().isBlank() || draft.qualifiedName().length() > MAX_QUALIFIED_NAME) {
            throw new IllegalArgumentException("A qualified name is 1 to " + MAX_QUALIFIED_NAME + " characters");
        }
        if (draft.name().length() > MAX_NAME) {
            throw new IllegalArgumentException("An asset name has at most " + MAX_NAME + " characters: "
                    + draft.qualifiedName());
        }
        if (draft.changeToken() != null && draft.changeToken().length() > MAX_CHANGE_TOKEN) {
            throw new IllegalArgumentException("A change token has at most " + MAX_CHANGE_TOKEN + " characters: "
                    + draft.qualifiedName());
        }
        if (draft.qualifiedName().equals(draft.parentQualifiedName())) {
            throw new IllegalArgumentException(draft.qualifiedName() + " cannot be its own parent");
        }
    }
}
