package io.custodian.datasources.internal.rest;

import io.custodian.datasources.api.SourceHealth;
import io.custodian.datasources.internal.store.HealthEntry;
import java.util.List;

/**
 * A source's health: the latest check and the history, newest first.
 *
 * @param id      the source
 * @param current the latest check ({@code UNKNOWN} before the first)
 * @param history earlier checks, newest first
 */
public record HealthView(long id, SourceHealth current, List<HealthEntry> history) {
}
