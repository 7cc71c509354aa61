package io.custodian.plugin.testkit;

import static io.custodian.plugin.testkit.ColumnProfiles.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Evidence;
import io.custodian.plugin.api.classifier.Suggestion;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import io.custodian.plugin.api.visualization.ChartSpec;
import io.custodian.plugin.api.visualization.Visualization;
import io.custodian.plugin.api.visualization.VisualizationRequest;
import io.custodian.plugin.testkit.fixture.BarChartVisualization;
import io.custodian.plugin.testkit.fixture.EmailLikeClassifier;
import io.custodian.plugin.testkit.fixture.MemoryConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the contracts against deliberately broken extensions and checks that exactly the expected checks
 * fail, so a partner can trust a green kit. The broken subclasses are static nested classes, which
 * surefire does not run on its own.
 */
class ContractsCatchBrokenExtensionsTest {

    @Test
    void classifierReturningNullFailsEveryClassifyCheck() {
        Set<String> failed = failedChecks(NullReturningClassifierContract.class);
        assertTrue(failed.containsAll(Set.of("suggestionsAreWellFormedForEveryInput", "positiveExamplesAreFound",
                "classifyIsDeterministic", "hugeValuesAreHandledInTime", "columnsWithoutSamplesAreHandled")), failed.toString());
        assertTrue(!failed.contains("describeDeclaresIdNameAndClassifications"), failed.toString());
    }

    @Test
    void classifierSuggestingUndeclaredClassificationsIsCaught() {
        Set<String> failed = failedChecks(UndeclaredClassificationContract.class);
        assertTrue(failed.contains("suggestionsAreWellFormedForEveryInput"), failed.toString());
    }

    @Test
    void nonDeterministicClassifierIsCaught() {
        Set<String> failed = failedChecks(DriftingClassifierContract.class);
        assertTrue(failed.contains("classifyIsDeterministic"), failed.toString());
        assertTrue(failed.contains("classifyGivesTheSameAnswersFromFourThreadsAtOnce"), failed.toString());
    }

    @Test
    void classifierQuotingSamplesInEvidenceIsCaught() {
        assertEquals(Set.of("evidenceNeverQuotesSampledValues"), failedChecks(QuotingClassifierContract.class));
    }

    @Test
    void classifierClaimingSamplesItDidNotGetIsCaught() {
        Set<String> failed = failedChecks(InventedEvidenceClassifierContract.class);
        assertTrue(failed.contains("columnsWithoutSamplesAreHandled"), failed.toString());
        assertTrue(failed.contains("suggestionsAreWellFormedForEveryInput"), failed.toString());
    }

    @Test
    void missedPositiveAndFalseNegativeAreCaught() {
        assertEquals(Set.of("positiveExamplesAreFound", "negativeExamplesAreNotSuggested"), failedChecks(WrongExamplesContract.class));
    }

    @Test
    void connectorThatThrowsFromTestConnectionIsCaught() {
        Set<String> failed = failedChecks(ThrowingConnectorContract.class);
        assertTrue(failed.contains("unreachableHostIsDiagnosedNotThrown"), failed.toString());
        assertTrue(failed.contains("incompleteSettingsAreInvalid"), failed.toString());
        assertTrue(!failed.contains("validSettingsTestOk"), failed.toString());
    }

    @Test
    void connectorWithBadPositionsStatisticsAndSamplesIsCaught() {
        assertEquals(Set.of("everyAssetHasColumnsNumberedFromOne", "statisticsCoverEveryRequestedColumn", "samplesRespectMaxRowsAndWidth"),
                failedChecks(SloppyConnectorContract.class));
    }

    @Test
    void checksThatDoNotApplyAreReportedAsSkipped() {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(MemoryConnectorContractTest.class))
                .execute().testEvents();
        Set<String> aborted = new TreeSet<>();
        events.aborted().stream().forEach(e -> aborted.add(e.getTestDescriptor().getDisplayName().replace("()", "")));
        assertEquals(Set.of("wrongCredentialsAreDiagnosed", "missingPermissionIsDiagnosed"), aborted);
        assertEquals(0, events.failed().count());
    }

    @Test
    void visualizationThatDoesNotEscapeIsCaught() {
        Set<String> failed = failedChecks(UnescapedVisualizationContract.class);
        assertEquals(Set.of("escapes awkward text: classification-counts"), failed);
    }

    @Test
    void visualizationWithoutSchemaIsCaught() {
        Set<String> failed = failedChecks(SchemalessVisualizationContract.class);
        assertTrue(failed.containsAll(Set.of("renders sample rows as Vega-Lite: classification-counts",
                "renders no rows: classification-counts")), failed.toString());
    }

    static Set<String> failedChecks(Class<?> contract) {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().allEvents();
        Set<String> failed = new TreeSet<>();
        for (Event event : events.filter(e -> e.getType() == EventType.FINISHED).toList()) {
            TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
            if (result.getStatus() == TestExecutionResult.Status.FAILED && event.getTestDescriptor().isTest()) {
                failed.add(event.getTestDescriptor().getDisplayName().replace("()", ""));
            }
        }
        return failed;
    }

    static ExpectedSuggestion emailColumn() {
        return ExpectedSuggestion.of("PII.Email", column("email", "text", "ada@example.com", "bob@example.org"));
    }

    abstract static class EmailExamples extends ClassifierContract {
        @Override
        protected List<ExpectedSuggestion> positiveExamples() {
            return List.of(emailColumn());
        }

        @Override
        protected List<ColumnProfile> negativeExamples() {
            return List.of(column("city", "text", "Berlin", "Paris"));
        }
    }

    static class NullReturningClassifierContract extends EmailExamples {
        @Override
        protected Classifier classifier() {
            return new EmailLikeClassifier() {
                @Override
                public List<Suggestion> classify(ColumnProfile column) {
                    return null;
                }
            };
        }
    }

    static class UndeclaredClassificationContract extends EmailExamples {
        @Override
        protected Classifier classifier() {
            return new EmailLikeClassifier() {
                @Override
                public List<Suggestion> classify(ColumnProfile column) {
                    List<Suggestion> answer = new ArrayList<>(super.classify(column));
                    answer.add(new Suggestion("PII.Undeclared", 0.1, new Evidence("guess", "none", 0, 0)));
                    return answer;
                }
            };
        }
    }

    static class DriftingClassifierContract extends EmailExamples {
        @Override
        protected Classifier classifier() {
            AtomicInteger calls = new AtomicInteger();
            return new EmailLikeClassifier() {
                @Override
                public List<Suggestion> classify(ColumnProfile column) {
                    double drift = (calls.incrementAndGet() % 7) / 100.0;
                    return List.of(new Suggestion("PII.Email", 0.9 - drift, new Evidence("pattern", "drifting", 0, 0)));
                }
            };
        }
    }

    static class QuotingClassifierContract extends EmailExamples {
        @Override
        protected Classifier classifier() {
            return new EmailLikeClassifier() {
                @Override
                public List<Suggestion> classify(ColumnProfile column) {
                    List<Suggestion> answer = new ArrayList<>();
                    for (Suggestion s : super.classify(column)) {
                        String first = column.samples().stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
                        Evidence e = s.evidence();
                        answer.add(new Suggestion(s.classificationId(), s.confidence(),
                                new Evidence(e.method(), "e.g. " + first, e.samplesMatched(), e.samplesExamined())));
                    }
                    return answer;
                }
            };
        }
    }

    static class InventedEvidenceClassifierContract extends EmailExamples {
        @Override
        protected Classifier classifier() {
            return new EmailLikeClassifier() {
                @Override
                public List<Suggestion> classify(ColumnProfile column) {
                    return List.of(new Suggestion("PII.Email", 0.2, new Evidence("pattern", "made up", 5, 10)));
                }
            };
        }
    }

    static class WrongExamplesContract extends ClassifierContract {
        @Override
        protected Classifier classifier() {
            return new EmailLikeClassifier();
        }

        @Override
        protected List<ExpectedSuggestion> positiveExamples() {
            return List.of(emailColumn(), ExpectedSuggestion.of("PII.Email", column("city", "text", "Berlin", "Paris")));
        }

        @Override
        protected List<ColumnProfile> negativeExamples() {
            return List.of(column("mail", "text", "x@y.org", "z@w.net"));
        }
    }

    abstract static class MemoryExamples extends ConnectorContract {
        @Override
        protected ConnectionSettings validSettings() {
            return new ConnectionSettings(Map.of("host", "memory", "database", "shop"), Map.of());
        }

        @Override
        protected Optional<ConnectionSettings> settingsForUnreachableHost() {
            return Optional.of(new ConnectionSettings(Map.of("host", "elsewhere", "database", "shop"), Map.of()));
        }
    }

    static class ThrowingConnectorContract extends MemoryExamples {
        @Override
        protected Connector connector() {
            return new MemoryConnector() {
                @Override
                public ConnectionTestResult testConnection(ConnectionSettings settings) {
                    check(settings);
                    return super.testConnection(settings);
                }
            };
        }
    }

    static class SloppyConnectorContract extends MemoryExamples {
        @Override
        protected Connector connector() {
            return new MemoryConnector() {
                @Override
                protected DataAsset customers() {
                    DataAsset good = super.customers();
                    List<ColumnInfo> shifted = new ArrayList<>();
                    for (ColumnInfo c : good.columns()) {
                        shifted.add(new ColumnInfo(c.name(), c.position() + 1, c.dataType(), c.nullable(), null, null));
                    }
                    return new DataAsset(good.container(), good.name(), good.kind(), shifted, good.primaryKey(), good.foreignKeys(),
                            null, null, good.rowCount(), null);
                }

                @Override
                protected TableStatistics statistics(List<String> columns) {
                    return super.statistics(columns.subList(0, 1));
                }

                @Override
                protected Sample sample(List<String> columns, int maxRows) {
                    return super.sample(columns, 3);
                }
            };
        }
    }

    static class UnescapedVisualizationContract extends VisualizationContract {
        @Override
        protected Visualization visualization() {
            return new BarChartVisualization() {
                @Override
                protected String quote(String text) {
                    return "\"" + text + "\"";
                }
            };
        }
    }

    static class SchemalessVisualizationContract extends VisualizationContract {
        @Override
        protected Visualization visualization() {
            return new BarChartVisualization() {
                @Override
                public ChartSpec render(VisualizationRequest request) {
                    String spec = super.render(request).vegaLite();
                    return new ChartSpec(spec.replace("\"$schema\":\"https://vega.github.io/schema/vega-lite/v5.json\",", ""));
                }
            };
        }
    }
}
