package io.custodian.scanning.internal.store;

import io.custodian.scanning.api.ScanCounts;

/**
 * A run's figures at one moment, as a progress report or the end stores them.
 *
 * @param counts        what it found
 * @param sourceMillis  time inside connector calls
 * @param totalMillis   wall time since the start
 * @param percent       estimated progress
 * @param currentObject what it reads now, may be {@code null}
 */
public record RunFigures(ScanCounts counts, long sourceMillis, long totalMillis, int percent, String currentObject) {
}
