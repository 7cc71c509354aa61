package io.custodian.platform.plugin.runtime;

import static io.custodian.platform.plugin.runtime.Waits.CLOCK;
import static io.custodian.platform.plugin.runtime.Waits.await;
import static io.custodian.platform.plugin.runtime.Waits.failsWith;
import static io.custodian.platform.plugin.runtime.Waits.millisSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardedClassifierTest {

    private final MisbehavingClassifier plugin = new MisbehavingClassifier();
    private final List<String> denials = Collections.synchronizedList(new ArrayList<>());
    private final PluginCallGuard guard = new PluginCallGuard("misbehaving",
            new CallLimits(Duration.ofMillis(200), 2, Duration.ofMillis(100), 8), CLOCK, null,
            (id, scope, operation) -> denials.add(id + "/" + scope.id() + "/" + operation));

    @AfterEach
    void stop() {
        plugin.release.countDown();
        guard.close();
    }

    private GuardedClassifier wrapped(Set<Scope> granted) {
        GuardedClassifier classifier = GuardedClassifier.wrap(plugin, guard, granted);
        classifier.start(new ScopedPluginContext("misbehaving", "1.0.0", granted, Map.of(),
                PlatformServices.of(null, null, (column, max) -> List.of("a@example.com", "b@example.com")),
                (id, scope, operation) -> denials.add(id + "/" + scope.id() + "/" + operation), null));
        return classifier;
    }

    private static ColumnProfile column(String name, List<String> samples) {
        return new ColumnProfile("postgres://db/sales.public.t." + name, "t", name, "text", List.of(), null, samples);
    }

    private static ColumnProfile column(String name) {
        return column(name, List.of());
    }

    @Test
    void classifiesThroughTheGuard() {
        GuardedClassifier classifier = wrapped(Set.of());

        List<Suggestion> suggestions = classifier.classify(column("email"));

        assertEquals(List.of("PII.Email"), suggestions.stream().map(Suggestion::classificationId).toList());
        assertEquals(0, guard.health().failures());
        assertTrue(guard.health().calls() >= 2, "describe and classify went through the guard");
    }

    @Test
    void describeIsAskedOnceAndRemembered() {
        GuardedClassifier classifier = wrapped(Set.of());

        ClassifierDescriptor first = classifier.describe();
        classifier.classify(column("email"));
        classifier.classify(column("email"));

        assertEquals(first, classifier.describe());
        assertEquals(1, plugin.describeCalls.get());
    }

    @Test
    void samplesAreWithheldWithoutSamplesRead() {
        GuardedClassifier classifier = wrapped(Set.of());

        Suggestion suggestion = classifier.classify(column("email", List.of("a@example.com", "b@example.com"))).get(0);

        assertEquals(0, suggestion.evidence().samplesExamined(), "the plugin saw no samples");
    }

    @Test
    void samplesArePassedWithSamplesRead() {
        GuardedClassifier classifier = wrapped(Set.of(Scope.SAMPLES_READ));

        Suggestion suggestion = classifier.classify(column("email", List.of("a@example.com", "b@example.com"))).get(0);

        assertEquals(2, suggestion.evidence().samplesExamined());
    }

    @Test
    void aThrowingClassifierFailsOneCallOnly() {
        GuardedClassifier classifier = wrapped(Set.of());

        PluginCallException failure = failsWith(FailureKind.FAILED, () -> classifier.classify(column("throw")));
        failsWith(FailureKind.FAILED, () -> classifier.classify(column("overflow")));

        assertEquals("plugin misbehaving failed in classify: IllegalArgumentException: cannot read at "
                + "com.acme.Secret.parse(Secret.java:42)", failure.getMessage());
        assertEquals(1, classifier.classify(column("email")).size());
        assertEquals(2, guard.health().failures());
    }

    @Test
    void aHangingClassifierTimesOutAndIsInterrupted() {
        GuardedClassifier classifier = wrapped(Set.of());

        long start = System.nanoTime();
        failsWith(FailureKind.TIMED_OUT, () -> classifier.classify(column("hang")));

        assertTrue(millisSince(start) < 200 + 1_500, "control came back in time");
        await(plugin.interrupted, "the classifier is interrupted");
        assertEquals(1, guard.health().timeouts());
    }

    @Test
    void noListIsInvalidOutput() {
        GuardedClassifier classifier = wrapped(Set.of());

        PluginCallException failure = failsWith(FailureKind.INVALID_OUTPUT, () -> classifier.classify(column("nothing")));

        assertEquals("plugin misbehaving returned no list of suggestions (null) for nothing", failure.getMessage());
        assertEquals(FailureKind.INVALID_OUTPUT, guard.health().lastFailure().kind());
    }

    @Test
    void moreThanOneHundredSuggestionsIsInvalidOutput() {
        GuardedClassifier classifier = wrapped(Set.of());

        PluginCallException failure = failsWith(FailureKind.INVALID_OUTPUT, () -> classifier.classify(column("flood")));

        assertTrue(failure.getMessage().contains("101 suggestions"), failure.getMessage());
    }

    @Test
    void undeclaredClassificationsAndNullsAreDroppedAndCounted() {
        GuardedClassifier classifier = wrapped(Set.of());

        List<Suggestion> kept = classifier.classify(column("garbage"));

        assertEquals(List.of("PII.Email"), kept.stream().map(Suggestion::classificationId).toList());
        PluginHealth health = guard.health();
        assertEquals(1, health.failures());
        assertEquals(FailureKind.INVALID_OUTPUT, health.lastFailure().kind());
        assertEquals("plugin misbehaving returned 3 unusable suggestion(s) of 4 for garbage; undeclared classifications: "
                + "Finance.Card, PII.Secret; null entries: 1", health.lastFailure().message());
    }

    @Test
    void readingSamplesWithoutTheScopeIsDeniedAndAudited() {
        GuardedClassifier classifier = wrapped(Set.of());

        PluginCallException failure = failsWith(FailureKind.SCOPE_DENIED, () -> classifier.classify(column("peek")));

        assertTrue(failure.getMessage().contains("samples.read"), failure.getMessage());
        assertEquals(List.of("misbehaving/samples.read/samples"), denials);
    }

    @Test
    void readingSamplesWithTheScopeWorks() {
        GuardedClassifier classifier = wrapped(Set.of(Scope.SAMPLES_READ));

        assertEquals(2, classifier.classify(column("peek")).get(0).evidence().samplesExamined());
        assertTrue(denials.isEmpty());
    }

    @Test
    void uninstalledMidCallTheCallerGetsUnavailable() throws Exception {
        PluginCallGuard slowGuard = new PluginCallGuard("misbehaving",
                new CallLimits(Duration.ofSeconds(30), 1, Duration.ofMillis(100), 1), CLOCK);
        GuardedClassifier classifier = GuardedClassifier.wrap(plugin, slowGuard, Set.of());
        CompletableFuture<List<Suggestion>> call = CompletableFuture.supplyAsync(() -> classifier.classify(column("stubborn")));
        await(plugin.entered, "the classifier runs");

        long start = System.nanoTime();
        slowGuard.close();

        ExecutionException outcome = assertThrows(ExecutionException.class,
                () -> call.get(Waits.PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
        assertTrue(outcome.getCause() instanceof PluginCallException failure && failure.kind() == FailureKind.UNAVAILABLE,
                "outcome: " + outcome.getCause());
        assertTrue(millisSince(start) < 5_000, "released long before the 30 s limit");
    }

    @Test
    void aStoppedPluginIsUnavailable() {
        GuardedClassifier classifier = wrapped(Set.of());
        guard.close();

        failsWith(FailureKind.UNAVAILABLE, () -> classifier.classify(column("email")));
        assertFalse(guard.health().available());
    }
}
