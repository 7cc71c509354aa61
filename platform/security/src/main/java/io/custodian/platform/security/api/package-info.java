/**
 * Authentication of callers and the authorisation hook every request passes through.
 */
@Export
@Version("1.1.0")
package io.custodian.platform.security.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
