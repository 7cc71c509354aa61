package io.custodian.platform.health.internal.rest;

import java.time.Instant;
import java.util.List;

/**
 * Answer of {@code GET /api/v1/system}.
 *
 * @param version       Custodian version
 * @param startedAt     when the JVM started
 * @param uptimeSeconds seconds since then
 * @param java          Java runtime version
 * @param features      installed Karaf features
 * @param bundles       every bundle in the framework
 */
public record SystemInfo(String version, Instant startedAt, long uptimeSeconds, String java,
                         List<Feature> features, List<Bundle> bundles) {

    /** An installed feature. */
    public record Feature(String name, String version) {
    }

    /** A bundle and its state. */
    public record Bundle(long id, String symbolicName, String version, String state) {
    }
}
