package io.custodian.scanning.internal.rest;

import io.custodian.scanning.internal.store.RunError;
import java.util.List;

/**
 * The errors of a run.
 *
 * @param items     the stored errors, in the order they happened (at most 1000)
 * @param total     how many objects failed
 * @param truncated whether more failed than are stored
 */
public record RunErrorList(List<RunError> items, long total, boolean truncated) {
}
