package io.custodian.platform.health.api;

import java.util.Map;

/**
 * Result of one indicator.
 *
 * @param status  the component's state
 * @param detail  short human text, no secrets
 * @param data    figures worth showing (latency, counts); JSON-friendly values
 */
public record HealthCheck(Status status, String detail, Map<String, Object> data) {
    public HealthCheck {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public static HealthCheck up(String detail, Map<String, Object> data) {
        return new HealthCheck(Status.UP, detail, data);
    }

    public static HealthCheck down(String detail) {
        return new HealthCheck(Status.DOWN, detail, Map.of());
    }
}
