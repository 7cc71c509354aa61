package io.custodian.platform.persistence.api;

import java.util.List;

/**
 * Outcome of {@link SchemaMigrator#migrate}.
 *
 * @param unit           the unit migrated
 * @param currentVersion highest version now applied (0 if none)
 * @param applied        versions applied by this call, in order
 */
public record MigrationReport(String unit, int currentVersion, List<Integer> applied) {
    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
