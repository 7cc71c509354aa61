/**
 * The decision engine: {@link io.custodian.platform.authz.engine.PolicyEngine} compiles an
 * {@link io.custodian.platform.authz.api.AccessModel} once and then answers access requests
 * without further I/O; {@link io.custodian.platform.authz.engine.Condition} is the small, safe
 * expression language of policy conditions. The language and the decision rules are described in
 * {@code docs/access-conditions.md}.
 */
@Export
@Version("1.0.0")
package io.custodian.platform.authz.engine;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
