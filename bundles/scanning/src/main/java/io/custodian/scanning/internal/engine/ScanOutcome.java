package io.custodian.scanning.internal.engine;

import io.custodian.scanning.api.ScanStatus;

/**
 * How a run ended.
 *
 * @param status  {@code COMPLETED}, {@code PARTIAL}, {@code FAILED} or {@code CANCELLED}
 * @param message why, for anything but a clean completion; {@code null} otherwise
 */
public record ScanOutcome(ScanStatus status, String message) {

    static ScanOutcome failed(String message) {
        return new ScanOutcome(ScanStatus.FAILED, message);
    }
}
