package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Evidence;
import io.custodian.plugin.api.classifier.Suggestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A classifier written to break the host. What it does depends on the column's name:
 * <ul>
 *   <li>{@code email}: one proper suggestion, whose evidence counts the samples it was given;</li>
 *   <li>{@code throw}: throws an exception with a multi-line message;</li>
 *   <li>{@code overflow}: recurses until the stack overflows;</li>
 *   <li>{@code hang}: waits until interrupted;</li>
 *   <li>{@code stubborn}: waits for {@link #release} and ignores interrupts;</li>
 *   <li>{@code nothing}: returns null;</li>
 *   <li>{@code flood}: returns 101 suggestions;</li>
 *   <li>{@code garbage}: one good suggestion, two undeclared classifications and a null entry;</li>
 *   <li>{@code peek}: reads sampled values through its context (needs {@code samples.read}).</li>
 * </ul>
 */
public class MisbehavingClassifier implements Classifier {

    static final List<String> DECLARED = List.of("PII.Email", "PII.Phone");

    final AtomicInteger describeCalls = new AtomicInteger();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private volatile PluginContext context;

    @Override
    public void start(PluginContext pluginContext) {
        this.context = pluginContext;
    }

    @Override
    public ClassifierDescriptor describe() {
        describeCalls.incrementAndGet();
        return new ClassifierDescriptor("misbehaving", "Misbehaving", DECLARED);
    }

    @Override
    public List<Suggestion> classify(ColumnProfile column) {
        switch (column.column()) {
            case "email":
                return List.of(suggest("PII.Email", column.samples().size()));
            case "throw":
                throw new IllegalArgumentException("cannot read\n\tat com.acme.Secret.parse(Secret.java:42)");
            case "overflow":
                return classify(column);
            case "hang":
                entered.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    Thread.currentThread().interrupt();
                }
                return List.of();
            case "stubborn":
                entered.countDown();
                Waits.awaitIgnoringInterrupts(release, interrupted);
                return List.of();
            case "nothing":
                return null;
            case "flood":
                return Collections.nCopies(101, suggest("PII.Email", 0));
            case "garbage":
                return new ArrayList<>(Arrays.asList(suggest("PII.Email", 0), suggest("PII.Secret", 0),
                        null, suggest("Finance.Card", 0)));
            case "peek":
                List<String> values = context.samples().values(column.qualifiedName(), 10);
                return List.of(suggest("PII.Email", values.size()));
            default:
                return List.of();
        }
    }

    private static Suggestion suggest(String classification, int samplesExamined) {
        return new Suggestion(classification, 0.9, new Evidence("pattern", "test", 0, samplesExamined));
    }
}
