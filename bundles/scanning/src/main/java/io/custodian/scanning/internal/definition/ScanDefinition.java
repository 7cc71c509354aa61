package io.custodian.scanning.internal.definition;

import io.custodian.scanning.api.ScanLevel;
import java.time.Instant;
import java.util.List;

/**
 * A scan definition as stored and as the REST API shows it.
 *
 * @param id          stable id
 * @param name        display name
 * @param sourceId    the data source it scans
 * @param include     glob patterns of dataset names to scan; empty for everything
 * @param exclude     glob patterns of dataset names (or containers) to leave out
 * @param level       metadata only, or statistics too
 * @param ruleSet     the rule set classification will use (unused until the classification group), may be {@code null}
 * @param cron        Quartz cron schedule, {@code null} when it runs only on request
 * @param concurrency how many tables are stored and profiled in parallel
 * @param createdBy   who created it
 * @param createdAt   when
 * @param updatedAt   when it last changed
 */
public record ScanDefinition(long id, String name, long sourceId, List<String> include, List<String> exclude,
                             ScanLevel level, String ruleSet, String cron, int concurrency, String createdBy,
                             Instant createdAt, Instant updatedAt) {

    public ScanDefinition {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
