package io.custodian.platform.authz.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * How a bundle registers the permissions it checks: register an implementation as an OSGi
 * service. The access bundle collects every set; the permissions disappear from the list when
 * the bundle stops.
 */
@ConsumerType
public interface PermissionSet {

    /** The permissions, each {@code <domain>.<action>}. */
    List<PermissionInfo> permissions();
}
