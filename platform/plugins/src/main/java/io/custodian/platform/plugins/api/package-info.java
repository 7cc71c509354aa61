/**
 * The plugins installed on this server, as the rest of the platform uses them. A bundle that
 * classifies columns, reads data sources or renders charts asks the
 * {@link io.custodian.platform.plugins.api.PluginRegistry} service for the extensions of the plugins
 * that run now. Every extension it hands out is guarded: calls run on the plugin's own threads with a
 * time limit, failures reach the caller as {@code PluginCallException}, and what the plugin returns is
 * checked. Plugins are installed, started and stopped through {@code /api/v1/plugins}, the
 * {@code custodian:plugin-*} commands or the deploy/ folder.
 */
@Export
@Version("1.1.0")
package io.custodian.platform.plugins.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
