package io.custodian.scanning.internal.store;

import java.time.Instant;

/**
 * One object a run could not read or store.
 *
 * @param objectName the qualified name of the object (or of the container whose listing failed)
 * @param code       stable code, for example {@code connector.permission_missing} or {@code catalog.write_failed}
 * @param message    a sentence for users
 * @param occurredAt when
 */
public record RunError(String objectName, String code, String message, Instant occurredAt) {
}
