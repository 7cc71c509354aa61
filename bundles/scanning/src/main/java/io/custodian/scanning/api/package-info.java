/**
 * Scans as other groups see them. {@link io.custodian.scanning.api.ScanRuns} reads the history of scan runs
 * ({@link io.custodian.scanning.api.ScanRun}, with its {@link io.custodian.scanning.api.ScanCounts});
 * {@link io.custodian.scanning.api.ScanEvents} names the events a run publishes on the kernel event bus
 * ({@code scan.started}, {@code scan.progress}, {@code scan.completed}, {@code scan.failed}, {@code scan.cancelled})
 * and the members of their data.
 */
@Export
@Version("1.0.0")
package io.custodian.scanning.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
