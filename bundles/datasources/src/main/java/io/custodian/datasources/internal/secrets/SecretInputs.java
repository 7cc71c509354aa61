package io.custodian.datasources.internal.secrets;

import java.util.Map;
import java.util.Optional;

/**
 * Reads a secret from its JSON form in a request body: a string is the value itself; {@code {"env": "NAME"}} or
 * {@code {"file": "/path"}} is a reference.
 */
public final class SecretInputs {

    /** What a JSON secret may look like, for error messages. */
    public static final String FORMS = "a string, {\"env\": \"VARIABLE\"} or {\"file\": \"/path\"}";

    private SecretInputs() {
    }

    /** The secret a JSON value describes, or empty if it has none of the accepted {@link #FORMS}. */
    public static Optional<SecretInput> fromJson(Object json) {
        if (json instanceof String value) {
            return Optional.of(SecretInput.literal(value));
        }
        if (json instanceof Map<?, ?> object && object.size() == 1) {
            Map.Entry<?, ?> entry = object.entrySet().iterator().next();
            if (entry.getValue() instanceof String target) {
                if ("env".equals(entry.getKey())) {
                    return Optional.of(SecretInput.reference(SecretReference.env(target)));
                }
                if ("file".equals(entry.getKey())) {
                    return Optional.of(SecretInput.reference(SecretReference.file(target)));
                }
            }
        }
        return Optional.empty();
    }
}
