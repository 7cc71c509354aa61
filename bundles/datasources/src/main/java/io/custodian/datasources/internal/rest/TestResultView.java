package io.custodian.datasources.internal.rest;

import io.custodian.datasources.internal.service.TestOutcome;

/**
 * The answer of a connection test.
 *
 * @param ok        whether the connection works
 * @param diagnosis {@code OK}, {@code UNREACHABLE}, {@code REFUSED}, {@code TLS}, {@code AUTH_FAILED},
 *                  {@code DATABASE_MISSING}, {@code PERMISSION_MISSING}, {@code TIMEOUT}, {@code INVALID_SETTINGS}
 *                  or {@code OTHER}
 * @param code      the stable code of a failure ({@code datasource.auth_failed}, ...), {@code null} when ok
 * @param message   a sentence for people
 * @param detail    the connector's own words, may be empty
 * @param elapsedMs how long the test took
 */
public record TestResultView(boolean ok, String diagnosis, String code, String message, String detail, long elapsedMs) {

    static TestResultView of(TestOutcome outcome) {
        return new TestResultView(outcome.ok(), outcome.diagnosis().name(), outcome.code(), outcome.sentence(),
                outcome.detail(), outcome.elapsedMs());
    }
}
