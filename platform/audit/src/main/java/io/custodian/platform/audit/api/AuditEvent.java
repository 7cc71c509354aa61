package io.custodian.platform.audit.api;

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
 * @param details  extra facts; callers must redact secrets before passing them
 */
public record AuditEvent(String actor, String action, String resource, Outcome outcome,
                         Origin origin, Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        resource = resource == null ? "" : resource;
        origin = origin == null ? Origin.SYSTEM : origin;
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** An event raised by the platform itself. */
    public static AuditEvent system(String action, String resource, Map<String, String> details) {
        return new AuditEvent("system", action, resource, Outcome.SUCCESS, Origin.SYSTEM, details);
    }
}
