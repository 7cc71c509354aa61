package io.custodian.plugin.api.connector;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of {@link Connector#testConnection}.
 *
 * @param diagnosis {@link Diagnosis#OK} or what went wrong
 * @param message   a sentence for the user, with no secrets in it
 * @param elapsed   how long the test took
 */
public record ConnectionTestResult(Diagnosis diagnosis, String message, Duration elapsed) {

    /** Rejects missing fields. */
    public ConnectionTestResult {
        Objects.requireNonNull(diagnosis, "diagnosis");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Whether the connection works. */
    public boolean ok() {
        return diagnosis == Diagnosis.OK;
    }
}
