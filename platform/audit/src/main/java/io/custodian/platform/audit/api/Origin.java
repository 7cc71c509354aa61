package io.custodian.platform.audit.api;

/**
 * Where a call came from: the client address, its user agent and the correlation id that
 * ties the audit record to the log lines and the error response of the same request.
 *
 * @param clientIp      client address as seen by the server, or {@code "local"} for in-process work
 * @param userAgent     the caller's User-Agent header, may be empty
 * @param correlationId id of the request, echoed in {@code X-Correlation-Id} and problem responses
 */
public record Origin(String clientIp, String userAgent, String correlationId) {

    /** Origin of work the platform does by itself (start, stop, schedules). */
    public static final Origin SYSTEM = new Origin("local", "", "");

    /** Origin of a command typed into the Karaf shell. */
    public static final Origin SHELL = new Origin("local", "karaf-shell", "");

    public Origin {
        clientIp = clientIp == null ? "" : clientIp;
        userAgent = userAgent == null ? "" : userAgent;
        correlationId = correlationId == null ? "" : correlationId;
    }
}
