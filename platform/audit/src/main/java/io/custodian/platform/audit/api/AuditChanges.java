package io.custodian.platform.audit.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Before/after differences for audit records, with secrets redacted. A field counts as secret
 * when its name, ignoring case, {@code _} and {@code -}, contains {@code password}, {@code passwd},
 * {@code secret}, {@code token}, {@code apikey}, {@code hash}, {@code credential} or
 * {@code privatekey}; its values are replaced by {@value #REDACTED}.
 */
public final class AuditChanges {

    /** What a secret value is replaced with. */
    public static final String REDACTED = "[redacted]";

    private static final List<String> SECRET_WORDS =
            List.of("password", "passwd", "secret", "token", "apikey", "hash", "credential", "privatekey");

    private AuditChanges() {
    }

    /**
     * The fields whose values differ between {@code before} and {@code after}, sorted by name.
     * Values are compared with {@link Objects#equals} and recorded with {@link String#valueOf};
     * a key missing from one side (or mapped to null) is recorded as null. A changed secret is
     * recorded as changed, with both present values redacted.
     *
     * @param before the state before the action, null for none (creation)
     * @param after  the state after the action, null for none (deletion)
     */
    public static List<FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, ?> old = before == null ? Map.of() : before;
        Map<String, ?> now = after == null ? Map.of() : after;
        TreeSet<String> fields = new TreeSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = old.get(field);
            Object is = now.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(redact(new FieldChange(field, text(was), text(is))));
            }
        }
        return List.copyOf(changes);
    }

    /** Whether values of a field with this name must never be stored. */
    public static boolean isSecret(String fieldName) {
        if (fieldName == null) {
            return false;
        }
        String name = fieldName.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return SECRET_WORDS.stream().anyMatch(name::contains);
    }

    /** The change with present values replaced by {@value #REDACTED} when the field is secret. */
    public static FieldChange redact(FieldChange change) {
        if (!isSecret(change.field())) {
            return change;
        }
        return new FieldChange(change.field(), change.before() == null ? null : REDACTED,
                change.after() == null ? null : REDACTED);
    }

    /** The details with the values of secret-looking keys replaced by {@value #REDACTED}, sorted by key. */
    public static Map<String, String> redact(Map<String, String> details) {
        Map<String, String> safe = new TreeMap<>();
        details.forEach((key, value) -> safe.put(key, isSecret(key) && value != null ? REDACTED : value));
        return safe;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
