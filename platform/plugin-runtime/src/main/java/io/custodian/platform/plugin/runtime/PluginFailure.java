package io.custodian.platform.plugin.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One failed call, as kept for a plugin's health.
 *
 * @param at        when it failed
 * @param operation what the platform asked, for example {@code classify}
 * @param kind      how it failed
 * @param message   the sentence the caller received; never a stack trace
 */
public record PluginFailure(Instant at, String operation, FailureKind kind, String message) {

    /** Rejects missing fields. */
    public PluginFailure {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
