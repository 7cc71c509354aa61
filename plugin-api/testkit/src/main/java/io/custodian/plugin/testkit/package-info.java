/**
 * The contract-test kit: what every plugin's tests extend so that the host can rely on the same
 * behaviour from every connector, classifier and visualization, built-in or from a partner.
 *
 * <ul>
 *   <li>{@link io.custodian.plugin.testkit.ConnectorContract}, {@link io.custodian.plugin.testkit.ClassifierContract},
 *       {@link io.custodian.plugin.testkit.VisualizationContract}: abstract JUnit 5 test classes; a subclass
 *       supplies the extension and examples, the kit supplies the checks.</li>
 *   <li>{@link io.custodian.plugin.testkit.PluginJarContract} (and {@link io.custodian.plugin.testkit.PackagedPluginJarIT}):
 *       checks the packaged jar's plugin manifest, services files and OSGi/PF4J headers.</li>
 *   <li>Helpers: {@link io.custodian.plugin.testkit.TestPluginContext} (a scope-enforcing context),
 *       {@link io.custodian.plugin.testkit.ColumnProfiles}, {@link io.custodian.plugin.testkit.ExpectedSuggestion},
 *       {@link io.custodian.plugin.testkit.JsonText} (a strict JSON reader), {@link io.custodian.plugin.testkit.PluginJar}.</li>
 * </ul>
 *
 * <p>A check that does not apply (a connector that reaches no host has no "unreachable host") is
 * reported as skipped with the reason, through a JUnit assumption, never as a silent pass.
 */
package io.custodian.plugin.testkit;
