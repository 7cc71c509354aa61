/**
 * The access model of Custodian: permissions and permission patterns, roles with inheritance,
 * policies with conditions, time-bound role grants, delegations, and the decision asked of the
 * engine. Values only; the engine lives in {@code io.custodian.platform.authz.engine} and the
 * stored model in the access bundle.
 */
@Export
@Version("1.0.0")
package io.custodian.platform.authz.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
