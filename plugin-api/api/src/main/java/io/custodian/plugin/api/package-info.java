/**
 * The Custodian plugin API: what every plugin jar compiles against, in {@code provided} scope.
 *
 * <p>A plugin is one jar holding
 * <ul>
 *   <li>{@code META-INF/custodian-plugin.json}, its manifest ({@link io.custodian.plugin.api.PluginDescriptorFormat}):
 *       id, name, version, vendor, description, kinds, the platform versions it supports, the
 *       {@link io.custodian.plugin.api.Scope scopes} it needs and a JSON Schema of its configuration;</li>
 *   <li>one or more extensions: public classes with a public no-argument constructor implementing
 *       {@link io.custodian.plugin.api.connector.Connector}, {@link io.custodian.plugin.api.classifier.Classifier}
 *       or {@link io.custodian.plugin.api.visualization.Visualization}, listed in
 *       {@code META-INF/services/<extension point>} as for {@link java.util.ServiceLoader}.</li>
 * </ul>
 * The same jar runs inside the Custodian server (as an OSGi bundle, hot-deployed) and in a plain JVM
 * under PF4J (the scanning agent). Nothing here depends on either: the API is plain Java 17.
 *
 * <p>The host calls a plugin from its own threads, with a time limit per call, and hands it a
 * {@link io.custodian.plugin.api.PluginContext} through which it can do only what an administrator
 * granted. Extensions must therefore be thread-safe and must not keep state between calls that the
 * host does not expect (a classifier is a function of its input).
 */
package io.custodian.plugin.api;
