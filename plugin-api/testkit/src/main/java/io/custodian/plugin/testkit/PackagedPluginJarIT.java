package io.custodian.plugin.testkit;

/**
 * {@link PluginJarContract} as a ready-made integration test, for builds that scan the kit for tests.
 * A plugin's pom runs it after {@code package} with failsafe:
 *
 * <pre>{@code
 * <plugin>
 *   <artifactId>maven-failsafe-plugin</artifactId>
 *   <configuration>
 *     <dependenciesToScan><dependency>io.custodian:custodian-plugin-testkit</dependency></dependenciesToScan>
 *     <systemPropertyVariables>
 *       <custodian.plugin.jar>${project.build.directory}/${project.build.finalName}.jar</custodian.plugin.jar>
 *       <custodian.plugin.id>my-plugin</custodian.plugin.id>
 *     </systemPropertyVariables>
 *   </configuration>
 *   <executions><execution><goals><goal>integration-test</goal><goal>verify</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 *
 * The {@code custodian-plugins} parent pom does this for every built-in plugin.
 */
public class PackagedPluginJarIT extends PluginJarContract {
}
