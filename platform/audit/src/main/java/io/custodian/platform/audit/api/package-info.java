/**
 * The append-only, hash-chained audit trail: who did what to which resource, when, from where, with
 * what outcome and which fields changed; search, export and verification of the chain.
 */
@Export
@Version("1.2.0")
package io.custodian.platform.audit.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
