package io.custodian.platform.metrics.internal.http;

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id of a request: the caller's {@code X-Correlation-Id} when it is a sane token. */
final class CorrelationId {

    static final String HEADER = "X-Correlation-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private CorrelationId() {
    }

    /** The header value when it is 1-64 letters, digits or hyphens; otherwise a new random UUID. */
    static String from(String header) {
        return header != null && SANE.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
