package io.custodian.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract every {@link Classifier} must keep. A plugin's test extends this class and supplies the
 * classifier and examples; each check is a test of its own, so a report names exactly what is broken.
 *
 * <pre>{@code
 * class IbanClassifierContractTest extends ClassifierContract {
 *     protected Classifier classifier() { return new IbanClassifier(); }
 *     protected List<ExpectedSuggestion> positiveExamples() {
 *         return List.of(ExpectedSuggestion.of("Financial.IBAN",
 *                 ColumnProfiles.column("iban", "varchar", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432")));
 *     }
 *     protected List<ColumnProfile> negativeExamples() {
 *         return List.of(ColumnProfiles.column("city", "varchar", "Berlin", "London"));
 *     }
 * }
 * }</pre>
 *
 * <p>What it checks: the descriptor is complete; {@code classify} never returns null, only suggests
 * classifications it declares, keeps confidence in 0..1 and evidence counts within the samples it was
 * given, never quotes sampled values in evidence; the positive examples are found and the negative ones
 * are not (or below {@link #negativeThreshold()}); answers are deterministic and the same when four threads
 * classify at once; empty, null-only and huge (1 MB) values, columns without samples (a plugin without
 * {@code samples.read}) and columns without table context are handled without throwing, within
 * {@link #callTimeLimit()}.
 */
public abstract class ClassifierContract {

    /** Sampled values at least this long must not appear in evidence; shorter ones could be a column name or a pattern. */
    private static final int QUOTABLE_LENGTH = 6;
    private static final int THREADS = 4;
    private static final int ROUNDS_PER_THREAD = 20;

    private Classifier classifier;

    /** The classifier under test; called once per test, before {@link Classifier#start}. */
    protected abstract Classifier classifier();

    /** Columns the classifier must recognise, at least one. */
    protected abstract List<ExpectedSuggestion> positiveExamples();

    /** Columns the classifier must not suggest anything for at or above {@link #negativeThreshold()}; may be empty. */
    protected abstract List<ColumnProfile> negativeExamples();

    /** The context the classifier is started with; by default one granting {@code samples.read}. */
    protected PluginContext pluginContext() {
        return TestPluginContext.granting(Scope.SAMPLES_READ);
    }

    /** Suggestions for negative examples must stay below this confidence; 0.5 unless overridden. */
    protected double negativeThreshold() {
        return 0.5;
    }

    /** How long one {@code classify} call may take; the host's default call limit is 10 s. */
    protected Duration callTimeLimit() {
        return Duration.ofSeconds(10);
    }

    @BeforeEach
    final void startClassifier() {
        classifier = Objects.requireNonNull(classifier(), "classifier() returned null");
        classifier.start(pluginContext());
    }

    @AfterEach
    final void stopClassifier() {
        if (classifier != null) {
            classifier.stop();
        }
    }

    /** The started classifier under test, for checks a subclass adds. */
    protected final Classifier startedClassifier() {
        return classifier;
    }

    @Test
    void describeDeclaresIdNameAndClassifications() {
        ClassifierDescriptor descriptor = classifier.describe();
        assertNotNull(descriptor, "describe() returned null");
        assertFalse(descriptor.id().isBlank(), "the descriptor's id is blank");
        assertFalse(descriptor.displayName().isBlank(), "the descriptor's displayName is blank");
        assertFalse(descriptor.classifications().isEmpty(), "the descriptor declares no classification");
        Set<String> seen = new HashSet<>();
        for (String id : descriptor.classifications()) {
            assertNotNull(id, "a declared classification is null");
            assertFalse(id.isBlank(), "a declared classification is blank");
            assertTrue(seen.add(id), "classification " + id + " is declared twice");
        }
        assertEquals(descriptor, classifier.describe(), "describe() gives a different answer the second time");
    }

    @Test
    void suggestionsAreWellFormedForEveryInput() {
        Set<String> declared = Set.copyOf(classifier.describe().classifications());
        List<Executable> checks = new ArrayList<>();
        for (ColumnProfile column : allInputs()) {
            checks.add(() -> assertWellFormed(declared, column, classify(column)));
        }
        assertAll("suggestions", checks.stream());
    }

    @Test
    void evidenceNeverQuotesSampledValues() {
        List<Executable> checks = new ArrayList<>();
        for (ColumnProfile column : examples()) {
            checks.add(() -> {
                for (Suggestion suggestion : classify(column)) {
                    String detail = suggestion.evidence().detail();
                    if (detail == null) {
                        continue;
                    }
                    for (String sample : column.samples()) {
                        if (sample != null && sample.trim().length() >= QUOTABLE_LENGTH) {
                            assertFalse(detail.contains(sample.trim()), "the evidence for " + column.column()
                                    + " quotes a sampled value; evidence is shown to reviewers who may not see samples");
                        }
                    }
                }
            });
        }
        assertAll("evidence", checks.stream());
    }

    @Test
    void positiveExamplesAreFound() {
        List<ExpectedSuggestion> positives = positiveExamples();
        assertFalse(positives == null || positives.isEmpty(), "positiveExamples() is empty: a contract without examples proves nothing");
        Set<String> declared = Set.copyOf(classifier.describe().classifications());
        List<Executable> checks = new ArrayList<>();
        for (ExpectedSuggestion expected : positives) {
            checks.add(() -> {
                assertTrue(declared.contains(expected.classificationId()), "the example expects "
                        + expected.classificationId() + ", which describe() does not declare");
                List<Suggestion> suggestions = classify(expected.column());
                double best = suggestions.stream()
                        .filter(s -> s.classificationId().equals(expected.classificationId()))
                        .mapToDouble(Suggestion::confidence).max().orElse(-1);
                assertTrue(best >= expected.minimumConfidence(), "column " + expected.column().column() + ": expected "
                        + expected.classificationId() + " with confidence >= " + expected.minimumConfidence() + " but got "
                        + (best < 0 ? "no such suggestion" : "confidence " + best) + " (all suggestions: " + suggestions + ")");
            });
        }
        assertAll("positive examples", checks.stream());
    }

    @Test
    void negativeExamplesAreNotSuggested() {
        List<ColumnProfile> negatives = negativeExamples();
        assumeFalse(negatives == null || negatives.isEmpty(), "negativeExamples() is empty: false positives are not checked");
        List<Executable> checks = new ArrayList<>();
        for (ColumnProfile column : negatives) {
            checks.add(() -> {
                for (Suggestion suggestion : classify(column)) {
                    assertTrue(suggestion.confidence() < negativeThreshold(), "column " + column.column()
                            + " should not be classified, but got " + suggestion);
                }
            });
        }
        assertAll("negative examples", checks.stream());
    }

    @Test
    void classifyIsDeterministic() {
        for (ColumnProfile column : examples()) {
            assertEquals(classify(column), classify(column), "two calls for column " + column.column() + " disagree");
        }
    }

    @Test
    void classifyGivesTheSameAnswersFromFourThreadsAtOnce() throws Exception {
        List<ColumnProfile> inputs = examples();
        List<List<Suggestion>> expected = new ArrayList<>();
        for (ColumnProfile column : inputs) {
            expected.add(classify(column));
        }
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < ROUNDS_PER_THREAD; round++) {
                        for (int i = 0; i < inputs.size(); i++) {
                            List<Suggestion> actual = classifier.classify(inputs.get(i));
                            if (!expected.get(i).equals(actual)) {
                                mismatches.add(inputs.get(i).column() + ": " + actual + " instead of " + expected.get(i));
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            assertTrue(ready.await(callTimeLimit().toMillis(), TimeUnit.MILLISECONDS), "the worker threads did not start");
            go.countDown();
            List<String> mismatches = new ArrayList<>();
            long deadline = System.nanoTime() + callTimeLimit().multipliedBy(ROUNDS_PER_THREAD).toNanos();
            for (Future<List<String>> result : results) {
                mismatches.addAll(result.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            assertTrue(mismatches.isEmpty(), "concurrent calls gave other answers than a single thread: " + mismatches);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndNullOnlySamplesAreHandled() {
        String name = firstPositive().column();
        List<String> nulls = Collections.nCopies(100, null);
        List<String> blanks = Collections.nCopies(100, "");
        List<String> spaces = List.of(" ", "\t", "\n", "   ");
        for (List<String> samples : List.of(List.<String>of(), nulls, blanks, spaces)) {
            ColumnProfile column = ColumnProfiles.withSamples(firstPositive(), samples);
            List<Suggestion> suggestions = classify(column);
            assertWellFormed(Set.copyOf(classifier.describe().classifications()), column, suggestions);
            for (Suggestion suggestion : suggestions) {
                assertEquals(0, suggestion.evidence().samplesMatched(), "column " + name + " with only empty or null samples: "
                        + suggestion + " claims matched samples");
            }
        }
    }

    @Test
    void hugeValuesAreHandledInTime() {
        String megabyte = "x".repeat(1 << 20);
        String digits = "4".repeat(1 << 20);
        String mixed = "a@b.".repeat(1 << 18);
        ColumnProfile column = ColumnProfiles.withSamples(firstPositive(), List.of(megabyte, digits, mixed));
        List<Suggestion> suggestions = classify(column);
        assertWellFormed(Set.copyOf(classifier.describe().classifications()), column, suggestions);
    }

    @Test
    void columnsWithoutSamplesAreHandled() {
        Set<String> declared = Set.copyOf(classifier.describe().classifications());
        for (ColumnProfile example : examples()) {
            ColumnProfile column = ColumnProfiles.withoutSamples(example);
            List<Suggestion> suggestions = classify(column);
            assertWellFormed(declared, column, suggestions);
            for (Suggestion suggestion : suggestions) {
                assertEquals(0, suggestion.evidence().samplesExamined(), "column " + column.column()
                        + " had no samples, yet the evidence claims examined samples: " + suggestion);
            }
        }
    }

    @Test
    void columnsWithoutContextAreHandled() {
        Set<String> declared = Set.copyOf(classifier.describe().classifications());
        ColumnProfile positive = firstPositive();
        List<ColumnProfile> odd = List.of(
                new ColumnProfile(null, null, positive.column(), positive.dataType(), null, null, positive.samples()),
                new ColumnProfile(null, null, "", "", null, null, List.of("\u0000", "\uFFFF", "\uD83D\uDE00", "\u202Eevil")),
                new ColumnProfile(null, null, "\u540D\u524D", "text", null, null, List.of("\u5C71\u7530\u592A\u90CE")));
        for (ColumnProfile column : odd) {
            assertWellFormed(declared, column, classify(column));
        }
    }

    private List<Suggestion> classify(ColumnProfile column) {
        List<Suggestion> suggestions = assertTimeoutPreemptively(callTimeLimit(), () -> classifier.classify(column),
                () -> "classify(" + column.column() + ") took longer than " + callTimeLimit());
        assertNotNull(suggestions, "classify(" + column.column() + ") returned null; return an empty list instead");
        return suggestions;
    }

    private static void assertWellFormed(Set<String> declared, ColumnProfile column, List<Suggestion> suggestions) {
        assertNotNull(suggestions, "classify(" + column.column() + ") returned null");
        assertTrue(suggestions.size() <= 100, "more than 100 suggestions for one column: the host refuses the answer");
        long nonNullSamples = column.samples().stream().filter(Objects::nonNull).count();
        for (Suggestion suggestion : suggestions) {
            assertNotNull(suggestion, "a suggestion for " + column.column() + " is null");
            assertTrue(declared.contains(suggestion.classificationId()), "suggested " + suggestion.classificationId()
                    + ", which describe() does not declare; the host drops it");
            assertTrue(suggestion.confidence() >= 0 && suggestion.confidence() <= 1, "confidence outside 0..1: " + suggestion);
            assertTrue(suggestion.evidence().samplesExamined() <= nonNullSamples, "evidence claims "
                    + suggestion.evidence().samplesExamined() + " examined samples, but the column had " + nonNullSamples
                    + " non-null ones");
            assertFalse(suggestion.evidence().method().isBlank(), "evidence without a method: " + suggestion);
        }
    }

    private ColumnProfile firstPositive() {
        List<ExpectedSuggestion> positives = positiveExamples();
        assertFalse(positives == null || positives.isEmpty(), "positiveExamples() is empty: a contract without examples proves nothing");
        return positives.get(0).column();
    }

    private List<ColumnProfile> examples() {
        List<ColumnProfile> all = new ArrayList<>();
        positiveExamples().forEach(p -> all.add(p.column()));
        List<ColumnProfile> negatives = negativeExamples();
        if (negatives != null) {
            all.addAll(negatives);
        }
        return all;
    }

    private List<ColumnProfile> allInputs() {
        List<ColumnProfile> all = new ArrayList<>(examples());
        for (ColumnProfile example : examples()) {
            all.add(ColumnProfiles.withoutSamples(example));
        }
        return all;
    }
}
