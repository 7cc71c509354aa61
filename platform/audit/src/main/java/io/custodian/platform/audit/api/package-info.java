/**
 * The append-only audit trail: who did what to which resource, when, from where, with what outcome.
 */
@Export
@Version("1.0.0")
package io.custodian.platform.audit.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
