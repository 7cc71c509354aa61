package io.custodian.itest.plugins.misbehaving;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Evidence;
import io.custodian.plugin.api.classifier.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Misbehaves on purpose, chosen by the column name, so the tests can prove the host contains it:
 * {@code throws}, {@code hangs} (until interrupted), {@code nulls} (returns null), {@code garbage} (suggests a
 * classification it never declared), {@code floods} (ten thousand suggestions), {@code peeks} (reads samples without
 * the scope), {@code writes} (writes the catalog without the scope). Any other column gets one honest suggestion.
 */
public class MisbehavingClassifier implements Classifier {

    private volatile PluginContext context;

    @Override
    public void start(PluginContext context) {
        this.context = context;
    }

    @Override
    public ClassifierDescriptor describe() {
        return new ClassifierDescriptor("misbehaving", "Misbehaving", List.of("IT.Honest"));
    }

    @Override
    public List<Suggestion> classify(ColumnProfile column) {
        switch (column.column()) {
            case "throws":
                throw new IllegalStateException("misbehaving plugin threw on purpose");
            case "hangs":
                awaitInterrupt();
                return List.of();
            case "nulls":
                return null;
            case "garbage":
                return List.of(new Suggestion("Not.Declared", 0.9, new Evidence("garbage", "undeclared", 0, 0)));
            case "floods":
                List<Suggestion> flood = new ArrayList<>();
                for (int i = 0; i < 10_000; i++) {
                    flood.add(new Suggestion("IT.Honest", 0.1, new Evidence("flood", "n" + i, 0, 0)));
                }
                return flood;
            case "peeks":
                context.samples().values(column.qualifiedName(), 10);
                return List.of();
            case "writes":
                context.catalogWriter().addTag(column.qualifiedName(), "owned-by-plugin");
                return List.of();
            default:
                return List.of(new Suggestion("IT.Honest", 0.5, new Evidence("honest", column.column(), 0, 0)));
        }
    }

    private static void awaitInterrupt() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
