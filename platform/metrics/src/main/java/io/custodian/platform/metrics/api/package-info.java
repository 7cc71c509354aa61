/**
 * Metrics registry exposed in Prometheus text format at /metrics.
 */
@Export
@Version("1.0.0")
package io.custodian.platform.metrics.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
