/**
 * Loading Custodian plugin jars with PF4J in a plain JVM, as the remote scanning agent does:
 * {@link io.custodian.platform.plugin.pf4j.Pf4jPluginLoader} loads a jar or a folder of jars and hands back
 * {@link io.custodian.platform.plugin.pf4j.LoadedPlugin}s whose connectors, classifiers and visualizations are
 * started and ready to call. Not an OSGi bundle: inside the platform, plugins are bundles managed by the plugin host.
 */
package io.custodian.platform.plugin.pf4j;
