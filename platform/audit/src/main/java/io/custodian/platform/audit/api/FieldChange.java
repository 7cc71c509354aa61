package io.custodian.platform.audit.api;

import java.util.Objects;

/**
 * One field that an audited action changed. Build these with {@link AuditChanges#diff}, which
 * redacts secrets; the trail redacts secret-looking fields again when it stores them.
 *
 * @param field  the field's name, never null
 * @param before its value before the change as text, null when the field did not exist
 * @param after  its value after the change as text, null when the field was removed
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
