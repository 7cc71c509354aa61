/**
 * API keys as the security bundle sees them: an {@link io.custodian.platform.apikeys.api.ApiKeyAuthenticator}
 * that turns a presented {@code Authorization: Bearer cust_...} key into the key's owner and
 * scopes. Keys are created, listed, renamed, rotated and revoked through {@code /api/v1/security/apikeys}.
 */
@Export
@Version("1.0.0")
package io.custodian.platform.apikeys.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
