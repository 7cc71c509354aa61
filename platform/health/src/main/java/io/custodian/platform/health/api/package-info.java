/**
 * Health of the platform: indicators contributed by bundles and the aggregated report served by /api/v1/health and custodian:status.
 */
@Export
@Version("1.0.0")
package io.custodian.platform.health.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
