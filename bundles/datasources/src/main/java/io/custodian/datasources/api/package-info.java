/**
 * Registered data sources as other groups use them. {@link io.custodian.datasources.api.DataSourceService}
 * lists sources and opens connector sessions on them; the decrypted credentials go straight to the
 * connector and are never handed to the caller.
 */
@Export
@Version("1.1.0")
package io.custodian.datasources.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
