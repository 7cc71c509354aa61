package io.custodian.catalog.api;

import java.time.Instant;

/**
 * One entry of an asset's history.
 *
 * @param assetId       the asset the change belongs to (for a column change: the column)
 * @param qualifiedName the asset's qualified name
 * @param at            when the scan stored it
 * @param runId         the scan run that found it, may be {@code null}
 * @param kind          {@code ADDED}, {@code REMOVED}, {@code RESTORED}, or {@code CHANGED} for a metadata field
 * @param field         for {@code CHANGED}: the technical field ({@code dataType}, {@code nullable}, ...), else {@code null}
 * @param before        the field's value before, as text, may be {@code null}
 * @param after         the field's value after, as text, may be {@code null}
 */
public record SchemaChange(long assetId, String qualifiedName, Instant at, String runId, String kind, String field,
                           String before, String after) {
}
