/** How the loader works: the PF4J manager and class loader, jar checks, the services reader and the extension instantiator. Not API. */
package io.custodian.platform.plugin.pf4j.internal;
