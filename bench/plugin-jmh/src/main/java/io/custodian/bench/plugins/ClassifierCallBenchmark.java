package io.custodian.bench.plugins;

import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import io.custodian.plugins.patterns.EmailClassifier;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one {@code classify} call made directly and through the plugin host's guard
 * ({@link io.custodian.platform.plugin.runtime.GuardedClassifier}), sampled per call so JMH reports percentiles.
 * <ul>
 *   <li>{@code patterns*}: the built-in patterns plugin's e-mail classifier on {@link EmailColumn} (100 sampled
 *       addresses, all of which it examines). Guarded/direct is the overhead ratio of a realistic call.</li>
 *   <li>{@code constant*}: {@link ConstantClassifier}, which does no work. Guarded minus direct is the guard's
 *       fixed cost per call: hand-off to the plugin's worker thread and back, time limit, latency and health
 *       bookkeeping, copy and check of the answer.</li>
 * </ul>
 * Settings here are defaults; {@code run.sh} passes its own.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ClassifierCallBenchmark {

    /** The patterns plugin's e-mail classifier, granted {@code samples.read} as its manifest requests. */
    @State(Scope.Benchmark)
    public static class Patterns {
        HostedClassifier hosted;
        ColumnProfile column;

        @Setup
        public void setUp() {
            column = EmailColumn.profile();
            hosted = HostedClassifier.of("patterns", new EmailClassifier(),
                    Set.of(io.custodian.plugin.api.Scope.SAMPLES_READ));
            List<Suggestion> direct = hosted.direct().classify(column);
            List<Suggestion> guarded = hosted.guarded().classify(column);
            // The guarded call must do the same work: samples passed through, all examined, same answer.
            Suggestion email = single(direct, EmailClassifier.CLASSIFICATION);
            if (email.evidence().samplesExamined() != EmailColumn.SAMPLES
                    || email.evidence().samplesMatched() != EmailColumn.SAMPLES) {
                throw new IllegalStateException("expected all " + EmailColumn.SAMPLES
                        + " sampled addresses examined and matched, got " + email.evidence());
            }
            if (!guarded.equals(direct)) {
                throw new IllegalStateException("guarded answer " + guarded + " differs from direct " + direct);
            }
        }

        @TearDown
        public void tearDown() {
            hosted.close();
        }
    }

    /** A classifier that does no work, granted nothing. */
    @State(Scope.Benchmark)
    public static class Constant {
        HostedClassifier hosted;
        ColumnProfile column;

        @Setup
        public void setUp() {
            column = EmailColumn.profile();
            hosted = HostedClassifier.of("constant", new ConstantClassifier(), Set.of());
            single(hosted.direct().classify(column), ConstantClassifier.CLASSIFICATION);
            single(hosted.guarded().classify(column), ConstantClassifier.CLASSIFICATION);
        }

        @TearDown
        public void tearDown() {
            hosted.close();
        }
    }

    @Benchmark
    public List<Suggestion> patternsDirect(Patterns state) {
        return state.hosted.direct().classify(state.column);
    }

    @Benchmark
    public List<Suggestion> patternsGuarded(Patterns state) {
        return state.hosted.guarded().classify(state.column);
    }

    @Benchmark
    public List<Suggestion> constantDirect(Constant state) {
        return state.hosted.direct().classify(state.column);
    }

    @Benchmark
    public List<Suggestion> constantGuarded(Constant state) {
        return state.hosted.guarded().classify(state.column);
    }

    private static Suggestion single(List<Suggestion> answer, String classification) {
        if (answer.size() != 1 || !answer.get(0).classificationId().equals(classification)) {
            throw new IllegalStateException("expected one suggestion of " + classification + ", got " + answer);
        }
        return answer.get(0);
    }
}
