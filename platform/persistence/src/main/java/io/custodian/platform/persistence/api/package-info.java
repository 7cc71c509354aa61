/**
 * Persistence API: the kernel database, its health and pool figures, versioned schema migrations and transaction helpers for group bundles.
 */
@Export
@Version("1.1.0")
package io.custodian.platform.persistence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
