package io.custodian.scanning.internal.definition;

import java.util.List;

/**
 * A definition as a client sends it ({@code POST} and {@code PUT /scans/definitions}). On creation only
 * {@code sourceId} is required: the name defaults to {@code "<source name> scan"}, the level to
 * {@code STATISTICS}, the patterns to none (everything), the concurrency to 2, and there is no schedule. On update an
 * omitted ({@code null}) field keeps its value; an empty {@code cron} or {@code ruleSet} removes it and an empty
 * pattern list removes the patterns.
 *
 * @param name        1 to 200 characters
 * @param sourceId    a registered data source
 * @param include     glob patterns, at most 100 of at most 500 characters
 * @param exclude     glob patterns, likewise
 * @param level       {@code METADATA} or {@code STATISTICS}
 * @param ruleSet     up to 200 characters
 * @param cron        a Quartz cron expression
 * @param concurrency 1 to 16
 */
public record DefinitionBody(String name, Long sourceId, List<String> include, List<String> exclude, String level,
                             String ruleSet, String cron, Integer concurrency) {
}
