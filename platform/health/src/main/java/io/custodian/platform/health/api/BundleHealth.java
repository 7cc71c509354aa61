package io.custodian.platform.health.api;

/**
 * State of one Custodian bundle.
 *
 * @param symbolicName bundle symbolic name
 * @param version      bundle version
 * @param state        OSGi state name: ACTIVE, RESOLVED, INSTALLED, STARTING, STOPPING
 */
public record BundleHealth(String symbolicName, String version, String state) {
}
