/**
 * Domain events in the CloudEvents 1.0 shape and the kernel event bus any bundle publishes to and subscribes to.
 */
@Export
@Version("1.1.0")
package io.custodian.platform.events.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
