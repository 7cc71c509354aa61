package io.custodian.platform.authz.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Facts about the request itself that conditions may use: {@code request.time} (time of day in
 * {@code zone}), {@code request.day}, {@code request.ip}.
 *
 * @param time     when the request is decided; comes from an injectable clock
 * @param clientIp the client address, or empty for in-process calls
 * @param zone     the zone in which times of day are read (the platform's configured zone)
 */
public record RequestContext(Instant time, String clientIp, ZoneId zone) {

    public RequestContext {
        Objects.requireNonNull(time, "time");
        clientIp = clientIp == null ? "" : clientIp;
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }
}
