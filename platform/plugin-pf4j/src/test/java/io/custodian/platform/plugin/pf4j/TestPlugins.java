package io.custodian.platform.plugin.pf4j;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;

/** Small plugins, as source code, that the tests compile into jars. */
final class TestPlugins {

    static final String EMAIL_CLASSIFIER = "testplugin.email.EmailClassifier";

    /** A classifier suggesting PII.Email when samples contain '@'. */
    static final String EMAIL_CLASSIFIER_SOURCE = """
                package testplugin.email;

                import io.custodian.plugin.api.classifier.*;
                import java.util.List;

                public class EmailClassifier implements Classifier {
                    @Override
                    public ClassifierDescriptor describe() {
                        return new ClassifierDescriptor("email", "E-mail addresses", List.of("PII.Email"));
                    }

                    @Override
                    public List<Suggestion> classify(ColumnProfile column) {
                        int matched = (int) column.samples().stream().filter(s -> s != null && s.contains("@")).count();
                        if (matched == 0) {
                            return List.of();
                        }
                        int examined = column.samples().size();
                        return List.of(new Suggestion("PII.Email", (double) matched / examined,
                                new Evidence("pattern", "values contain @", matched, examined)));
                    }
                }
                """;

    private TestPlugins() {
    }

    /** A classifier plugin suggesting PII.Email when samples contain '@'. */
    static TestPluginJar emailClassifier(String id) {
        return TestPluginJar.plugin(id).kinds("classifier").scopes("samples.read")
                .source(EMAIL_CLASSIFIER, EMAIL_CLASSIFIER_SOURCE)
                .service(Classifier.class, EMAIL_CLASSIFIER);
    }

    /**
     * A classifier plugin that writes what its context shows, and its stop, to the file named by its configuration
     * entry {@code marker}.
     */
    static TestPluginJar recordingClassifier(String id) {
        return TestPluginJar.plugin(id).kinds("classifier").scopes("samples.read", "catalog.read")
                .source("testplugin.recording.RecordingClassifier", """
                        package testplugin.recording;

                        import io.custodian.plugin.api.PluginContext;
                        import io.custodian.plugin.api.classifier.*;
                        import java.io.IOException;
                        import java.io.UncheckedIOException;
                        import java.nio.file.*;
                        import java.util.List;
                        import java.util.TreeSet;

                        public class RecordingClassifier implements Classifier {
                            private Path marker;

                            @Override
                            public void start(PluginContext context) {
                                marker = Path.of(context.configuration().get("marker"));
                                write("started " + context.pluginId() + " " + context.pluginVersion());
                                write("granted " + new TreeSet<>(context.grantedScopes().stream().map(s -> s.id()).toList()));
                                write("catalog " + attempt(() -> context.catalog()));
                                write("samples " + attempt(() -> context.samples()));
                                write("context loader " + (Thread.currentThread().getContextClassLoader() == getClass().getClassLoader()));
                            }

                            @Override
                            public void stop() {
                                write("stopped");
                            }

                            @Override
                            public ClassifierDescriptor describe() {
                                return new ClassifierDescriptor("recording", "Recording", List.of("Test.Recorded"));
                            }

                            @Override
                            public List<Suggestion> classify(ColumnProfile column) {
                                return List.of();
                            }

                            private static String attempt(Runnable call) {
                                try {
                                    call.run();
                                    return "allowed";
                                } catch (RuntimeException e) {
                                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                                }
                            }

                            private void write(String line) {
                                try {
                                    Files.writeString(marker, line + "\\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            }
                        }
                        """)
                .service(Classifier.class, "testplugin.recording.RecordingClassifier");
    }

    /** A classifier plugin with two classifiers; the services file lists the first one twice. */
    static TestPluginJar twoClassifiers(String id) {
        return TestPluginJar.plugin(id).kinds("classifier")
                .source("testplugin.pair.FirstClassifier", classifierSource("testplugin.pair", "FirstClassifier", "first"))
                .source("testplugin.pair.SecondClassifier", classifierSource("testplugin.pair", "SecondClassifier", "second"))
                .service(Classifier.class, "testplugin.pair.FirstClassifier", "# the second one", "testplugin.pair.SecondClassifier",
                        "testplugin.pair.FirstClassifier");
    }

    /** A classifier that finds nothing, described by {@code descriptorId}. */
    static String classifierSource(String packageName, String simpleName, String descriptorId) {
        return """
                package %s;

                import io.custodian.plugin.api.classifier.*;
                import java.util.List;

                public class %s implements Classifier {
                    @Override
                    public ClassifierDescriptor describe() {
                        return new ClassifierDescriptor("%s", "%s", List.of("Test.Nothing"));
                    }

                    @Override
                    public List<Suggestion> classify(ColumnProfile column) {
                        return List.of();
                    }
                }
                """.formatted(packageName, simpleName, descriptorId, descriptorId);
    }

    /** A visualization plugin rendering classification counts as a Vega-Lite bar chart. */
    static TestPluginJar countsChart(String id) {
        return TestPluginJar.plugin(id).kinds("visualization")
                .source("testplugin.chart.CountsChart", """
                        package testplugin.chart;

                        import io.custodian.plugin.api.visualization.*;
                        import java.util.Set;

                        public class CountsChart implements Visualization {
                            @Override
                            public VisualizationDescriptor describe() {
                                return new VisualizationDescriptor("counts", "Counts", Set.of("classification-counts"));
                            }

                            @Override
                            public ChartSpec render(VisualizationRequest request) {
                                return new ChartSpec("{\\"$schema\\":\\"https://vega.github.io/schema/vega-lite/v5.json\\",\\"mark\\":\\"bar\\","
                                        + "\\"rows\\":" + request.rows().size() + "}");
                            }
                        }
                        """)
                .service(Visualization.class, "testplugin.chart.CountsChart");
    }

    /** A connector plugin whose sessions show one folder holding one file asset. */
    static TestPluginJar listConnector(String id) {
        return TestPluginJar.plugin(id).kinds("connector").scopes("network.connect")
                .source("testplugin.list.ListConnector", """
                        package testplugin.list;

                        import io.custodian.plugin.api.connector.*;
                        import java.time.Duration;
                        import java.util.List;
                        import java.util.Set;
                        import java.util.stream.Stream;

                        public class ListConnector implements Connector {
                            @Override
                            public ConnectorDescriptor describe() {
                                return new ConnectorDescriptor("list", "List", "{\\"type\\":\\"object\\"}", Set.of());
                            }

                            @Override
                            public ConnectionTestResult testConnection(ConnectionSettings settings) {
                                return new ConnectionTestResult(Diagnosis.OK, "fine", Duration.ZERO);
                            }

                            @Override
                            public ConnectorSession open(ConnectionSettings settings) {
                                return new ListSession();
                            }
                        }
                        """)
                .source("testplugin.list.ListSession", """
                        package testplugin.list;

                        import io.custodian.plugin.api.connector.*;
                        import java.util.List;
                        import java.util.stream.Stream;

                        public class ListSession implements ConnectorSession {
                            @Override
                            public Stream<Container> containers(Container parent) {
                                return parent == null ? Stream.of(new Container(List.of("root"), ContainerKind.FOLDER)) : Stream.empty();
                            }

                            @Override
                            public Stream<DataAsset> assets(Container container) {
                                return Stream.of("a.csv", "b.csv").map(name -> new DataAsset(container, name, AssetKind.FILE,
                                        List.of(new ColumnInfo("email", 1, "text", true, null, null)), null, null, null, null, 0, null));
                            }

                            @Override
                            public TableStatistics statistics(DataAsset asset, List<String> columns) {
                                return new TableStatistics(0, List.of());
                            }

                            @Override
                            public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
                                return new Sample(columns, List.of());
                            }

                            @Override
                            public void close() {
                            }
                        }
                        """)
                .service(Connector.class, "testplugin.list.ListConnector");
    }

    /** A classifier plugin whose classify blocks until its thread is interrupted. */
    static TestPluginJar hangingClassifier(String id) {
        return TestPluginJar.plugin(id).kinds("classifier")
                .source("testplugin.hanging.HangingClassifier", """
                        package testplugin.hanging;

                        import io.custodian.plugin.api.classifier.*;
                        import java.util.List;
                        import java.util.concurrent.CountDownLatch;

                        public class HangingClassifier implements Classifier {
                            private final CountDownLatch never = new CountDownLatch(1);

                            @Override
                            public ClassifierDescriptor describe() {
                                return new ClassifierDescriptor("hanging", "Hanging", List.of("Test.Nothing"));
                            }

                            @Override
                            public List<Suggestion> classify(ColumnProfile column) {
                                try {
                                    never.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return List.of();
                            }
                        }
                        """)
                .service(Classifier.class, "testplugin.hanging.HangingClassifier");
    }

    /** A classifier plugin whose classifier throws in start. */
    static TestPluginJar failingStart(String id) {
        return TestPluginJar.plugin(id).kinds("classifier")
                .source("testplugin.failing.FailingClassifier", """
                        package testplugin.failing;

                        import io.custodian.plugin.api.PluginContext;
                        import io.custodian.plugin.api.classifier.*;
                        import java.util.List;

                        public class FailingClassifier implements Classifier {
                            @Override
                            public void start(PluginContext context) {
                                throw new IllegalStateException("no licence key configured");
                            }

                            @Override
                            public ClassifierDescriptor describe() {
                                return new ClassifierDescriptor("failing", "Failing", List.of("Test.Nothing"));
                            }

                            @Override
                            public List<Suggestion> classify(ColumnProfile column) {
                                return List.of();
                            }
                        }
                        """)
                .service(Classifier.class, "testplugin.failing.FailingClassifier");
    }
}
