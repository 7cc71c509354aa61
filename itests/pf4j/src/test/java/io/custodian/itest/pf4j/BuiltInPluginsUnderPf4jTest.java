package io.custodian.itest.pf4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.custodian.platform.plugin.pf4j.LoadedPlugin;
import io.custodian.platform.plugin.pf4j.Pf4jPluginLoader;
import io.custodian.platform.plugin.pf4j.ScopeGrants;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.visualization.Visualization;
import io.custodian.plugin.api.visualization.VisualizationRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every built-in plugin jar, loaded by the PF4J loader in a plain JVM as the scanning agent loads it, and called.
 *
 * <p>The jars are copied by maven-dependency-plugin into {@code target/plugins} and are not on this test's class
 * path. The test loads whatever jars that folder holds, and checks the folder against the modules of
 * {@code plugins/pom.xml}, so a new built-in plugin that is not added to the copy list fails here by name.
 */
class BuiltInPluginsUnderPf4jTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The classification the built-in patterns classifier suggests for e-mail addresses. */
    private static final String EMAIL_CLASSIFICATION = "PII.Email";
    /** The built-in files connector's type id and the setting naming its root folder. */
    private static final String FILES_TYPE = "files";
    private static final String FILES_ROOT_PROPERTY = "path";

    private static Path pluginsDir;
    private static Pf4jPluginLoader loader;
    private static List<LoadedPlugin> plugins;

    @BeforeAll
    static void loadEveryBuiltInPlugin() throws Exception {
        pluginsDir = Path.of(System.getProperty("custodian.pluginsDir", "target/plugins"));
        assertTrue(Files.isDirectory(pluginsDir), "maven-dependency-plugin copies the built-in plugins to " + pluginsDir);
        loader = Pf4jPluginLoader.builder().grants(ScopeGrants.requested()).build();
        plugins = loader.loadAll(pluginsDir);
    }

    @AfterAll
    static void unloadThem() {
        if (loader != null) {
            loader.close();
        }
    }

    @Test
    void everyJarInThePluginFolderLoadsAndTogetherTheyCoverEveryKind() throws IOException {
        assertEquals(jarsIn(pluginsDir).size(), plugins.size());
        Set<PluginKind> kinds = EnumSet.noneOf(PluginKind.class);
        plugins.forEach(p -> kinds.addAll(p.kinds()));
        assertEquals(EnumSet.allOf(PluginKind.class), kinds);
    }

    @Test
    void everyPluginModuleOfTheSourceTreeIsInThePluginFolder() throws Exception {
        Path sources = Path.of(System.getProperty("custodian.pluginSources", "../../plugins"));
        Set<String> jarNames = jarsIn(pluginsDir).stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        List<String> artifactIds = pluginArtifactIds(sources);
        assertFalse(artifactIds.isEmpty(), "plugins/pom.xml lists the built-in plugin modules");
        List<String> missing = new ArrayList<>();
        for (String artifactId : artifactIds) {
            if (jarNames.stream().noneMatch(name -> name.startsWith(artifactId + "-"))) {
                missing.add(artifactId);
            }
        }
        assertTrue(missing.isEmpty(), "built-in plugins missing from the copy list in itests/pf4j/pom.xml: " + missing);
    }

    @Test
    void pluginClassesAreNotOnTheTestClassPath() throws IOException {
        for (LoadedPlugin plugin : plugins) {
            for (PluginKind kind : plugin.kinds()) {
                for (String className : listedClasses(plugin.jar(), kind)) {
                    assertThrows(ClassNotFoundException.class, () -> Class.forName(className),
                            className + " of " + plugin.jar().getFileName() + " must come from the plugin's class loader only");
                }
            }
        }
    }

    @Test
    void eachListedExtensionIsFoundExactlyOnce() throws IOException {
        for (LoadedPlugin plugin : plugins) {
            assertEquals(listedClasses(plugin.jar(), PluginKind.CLASSIFIER).size(), plugin.classifiers().size(), plugin + " classifiers");
            assertEquals(listedClasses(plugin.jar(), PluginKind.CONNECTOR).size(), plugin.connectors().size(), plugin + " connectors");
            assertEquals(listedClasses(plugin.jar(), PluginKind.VISUALIZATION).size(), plugin.visualizations().size(),
                    plugin + " visualizations");
        }
    }

    @Test
    void aClassifierSuggestsEmailForAColumnOfEmailAddresses() {
        ColumnProfile emails = new ColumnProfile("postgres://crm:5432/crm.public.customers.email", "customers", "email", "varchar",
                List.of("id", "name", "email"), null,
                List.of("ada.lovelace@example.org", "grace.hopper@example.com", "alan.turing@example.net", "linus@example.io"));

        List<Suggestion> suggestions = classifiers().stream().flatMap(c -> c.classify(emails).stream()).toList();

        assertTrue(suggestions.stream().anyMatch(s -> s.classificationId().equals(EMAIL_CLASSIFICATION)),
                "suggestions for a column of e-mail addresses: " + suggestions);
    }

    @Test
    void aVisualizationRendersClassificationCountsAsVegaLite() throws IOException {
        List<Visualization> visualizations = plugins.stream().flatMap(p -> p.visualizations().stream())
                .filter(v -> v.describe().requestTypes().contains("classification-counts")).toList();
        assertFalse(visualizations.isEmpty(), "a built-in visualization renders classification-counts");
        VisualizationRequest counts = new VisualizationRequest("classification-counts", List.of(
                Map.of("classification", "PII.Email", "count", 12),
                Map.of("classification", "PII.Phone", "count", 3)), Map.of("title", "Classified columns"));

        for (Visualization visualization : visualizations) {
            String spec = visualization.render(counts).vegaLite();
            JsonNode chart = JSON.readTree(spec);
            assertTrue(chart.isObject(), spec);
            assertTrue(chart.path("$schema").asText().contains("vega-lite"), spec);
            assertTrue(spec.contains("PII.Email"), "the chart carries the data: " + spec);
        }
    }

    @Test
    void theFilesConnectorListsACsvFileWithItsColumns(@TempDir Path data) throws IOException {
        Files.writeString(data.resolve("customers.csv"), "id,name,email\n1,Ada,ada@example.org\n2,Grace,grace@example.com\n");
        Connector files = plugins.stream().flatMap(p -> p.connectors().stream())
                .filter(c -> c.describe().typeId().equals(FILES_TYPE)).findFirst()
                .orElseThrow(() -> new AssertionError("no built-in connector of type " + FILES_TYPE));
        ConnectionSettings settings = new ConnectionSettings(Map.of(FILES_ROOT_PROPERTY, data.toString()), Map.of());

        ConnectionTestResult test = files.testConnection(settings);
        assertEquals(Diagnosis.OK, test.diagnosis(), test.message());
        try (ConnectorSession session = files.open(settings)) {
            List<DataAsset> assets = allAssets(session);
            DataAsset customers = assets.stream().filter(a -> a.name().startsWith("customers")).findFirst()
                    .orElseThrow(() -> new AssertionError("customers.csv is not listed: " + assets));
            assertEquals(List.of("id", "name", "email"), customers.columns().stream().map(ColumnInfo::name).toList());
        }
    }

    private static List<Classifier> classifiers() {
        return plugins.stream().flatMap(p -> p.classifiers().stream()).toList();
    }

    /** Every asset in every container, depth first from the top. */
    private static List<DataAsset> allAssets(ConnectorSession session) {
        List<DataAsset> assets = new ArrayList<>();
        List<Container> pending;
        try (Stream<Container> top = session.containers(null)) {
            pending = new ArrayList<>(top.toList());
        }
        while (!pending.isEmpty()) {
            Container container = pending.remove(0);
            try (Stream<DataAsset> inside = session.assets(container)) {
                assets.addAll(inside.toList());
            }
            try (Stream<Container> children = session.containers(container)) {
                pending.addAll(children.toList());
            }
        }
        return assets;
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The class names {@code jar} lists for {@code kind}, read straight from the jar. */
    private static Set<String> listedClasses(Path jar, PluginKind kind) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry("META-INF/services/" + kind.extensionPoint().getName());
            if (entry == null) {
                return names;
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
                reader.lines().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).forEach(names::add);
            }
        }
        return names;
    }

    /** The artifactIds of the modules listed in {@code plugins/pom.xml}. */
    private static List<String> pluginArtifactIds(Path pluginsSources) throws Exception {
        List<String> artifactIds = new ArrayList<>();
        NodeList modules = pom(pluginsSources.resolve("pom.xml")).getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Path folder = pluginsSources.resolve(modules.item(i).getTextContent().trim());
            // A module without a plugin manifest is a library the plugins embed (connector-jdbc), not a plugin.
            if (!Files.isRegularFile(folder.resolve("src/main/resources/META-INF/custodian-plugin.json"))) {
                continue;
            }
            Document module = pom(folder.resolve("pom.xml"));
            artifactIds.add(directChild(module.getDocumentElement(), "artifactId"));
        }
        return artifactIds;
    }

    private static Document pom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String directChild(Element element, String name) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().trim();
            }
        }
        throw new IllegalStateException("no <" + name + "> in " + element.getTagName());
    }
}
