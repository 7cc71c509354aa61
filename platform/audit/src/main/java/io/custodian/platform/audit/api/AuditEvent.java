package io.custodian.platform.audit.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing worth recording, as handed to {@link AuditService#record(AuditEvent)}.
 *
 * @param actor    who acted: a user name, {@code apikey:<id>} or {@code system}
 * @param action   what was done, dotted and stable, for example {@code auth.login}
 * @param resource what it was done to, for example {@code user:admin}; may be empty
 * @param outcome  how it ended
 * @param origin   where the call came from
 * @param details  extra facts; values of secret-looking keys are redacted when stored
 *                 (see {@link AuditChanges#isSecret}), other secrets callers must leave out
 * @param changes  the fields the action changed, with before and after values; build them with
 *                 {@link AuditChanges#diff}; empty when the action changed no state
 */
public record AuditEvent(String actor, String action, String resource, Outcome outcome,
                         Origin origin, Map<String, String> details, List<FieldChange> changes) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        resource = resource == null ? "" : resource;
        origin = origin == null ? Origin.SYSTEM : origin;
        details = details == null ? Map.of() : Map.copyOf(details);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An event without field changes. */
    public AuditEvent(String actor, String action, String resource, Outcome outcome,
                      Origin origin, Map<String, String> details) {
        this(actor, action, resource, outcome, origin, details, List.of());
    }

    /** An event raised by the platform itself. */
    public static AuditEvent system(String action, String resource, Map<String, String> details) {
        return new AuditEvent("system", action, resource, Outcome.SUCCESS, Origin.SYSTEM, details);
    }

    /** This event with the given field changes instead of its own. */
    public AuditEvent withChanges(List<FieldChange> fieldChanges) {
        return new AuditEvent(actor, action, resource, outcome, origin, details, fieldChanges);
    }
}
