/**
 * Contract between group bundles and the kernel REST runtime: resource registration, permission declarations, domain errors rendered as problem+json, and the current caller.
 */
@Export
@Version("1.2.0")
package io.custodian.platform.rest.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
