package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plugin's {@link Classifier} as the platform uses it: every call runs through the plugin's
 * {@link PluginCallGuard}, sampled values reach the plugin only if it holds {@link Scope#SAMPLES_READ}, and its
 * answers are checked:
 * <ul>
 *   <li>no list ({@code null}) or more than {@link #MAX_SUGGESTIONS} suggestions: the call fails with
 *       {@link FailureKind#INVALID_OUTPUT};</li>
 *   <li>{@code null} entries and suggestions naming classifications the classifier did not declare in
 *       {@link ClassifierDescriptor#classifications()}: dropped, the rest returned, and one
 *       {@link FailureKind#INVALID_OUTPUT} failure counted in the plugin's health.</li>
 * </ul>
 * {@link #describe()} asks the plugin once; later calls answer from the first successful result.
 * Failures are thrown as {@link PluginCallException}.
 */
public final class GuardedClassifier extends GuardedExtension<Classifier, ClassifierDescriptor> implements Classifier {

    /** The most suggestions one column may receive. */
    public static final int MAX_SUGGESTIONS = 100;

    private final boolean samplesGranted;
    private volatile Set<String> declared;

    private GuardedClassifier(Classifier delegate, PluginCallGuard guard, Set<Scope> granted) {
        super(delegate, guard, Classifier::describe, "classifier description");
        this.samplesGranted = Objects.requireNonNull(granted, "granted").contains(Scope.SAMPLES_READ);
    }

    /**
     * Wraps a plugin's classifier.
     *
     * @param delegate the plugin's classifier
     * @param guard    the plugin's guard
     * @param granted  the scopes granted to the plugin
     */
    public static GuardedClassifier wrap(Classifier delegate, PluginCallGuard guard, Set<Scope> granted) {
        return new GuardedClassifier(delegate, guard, granted);
    }

    @Override
    public List<Suggestion> classify(ColumnProfile column) {
        Objects.requireNonNull(column, "column");
        Set<String> declared = declaredClassifications();
        ColumnProfile input = samplesGranted ? column : withoutSamples(column);
        // Copied on the worker: iterating a list the plugin made runs plugin code (it may be a custom List).
        List<Suggestion> answer = guard.call("classify", () -> {
            List<Suggestion> suggestions = delegate.classify(input);
            return suggestions == null ? null : new ArrayList<>(suggestions);
        });
        if (answer == null) {
            throw guard.reject("classify", FailureKind.INVALID_OUTPUT,
                    "plugin " + guard.pluginId() + " returned no list of suggestions (null) for " + column.column());
        }
        if (answer.size() > MAX_SUGGESTIONS) {
            throw guard.reject("classify", FailureKind.INVALID_OUTPUT, "plugin " + guard.pluginId() + " returned "
                    + answer.size() + " suggestions for " + column.column() + "; at most " + MAX_SUGGESTIONS + " are allowed");
        }
        return keepDeclared(answer, declared, column);
    }

    /** The classifications {@link #describe()} declares, as a set, made once. */
    private Set<String> declaredClassifications() {
        Set<String> known = declared;
        if (known == null) {
            known = Set.copyOf(describe().classifications());
            declared = known;
        }
        return known;
    }

    private List<Suggestion> keepDeclared(List<Suggestion> answer, Set<String> declared, ColumnProfile column) {
        List<Suggestion> kept = new ArrayList<>(answer.size());
        Set<String> undeclared = new TreeSet<>();
        int nulls = 0;
        for (Suggestion suggestion : answer) {
            if (suggestion == null) {
                nulls++;
            } else if (declared.contains(suggestion.classificationId())) {
                kept.add(suggestion);
            } else {
                undeclared.add(suggestion.classificationId());
            }
        }
        int dropped = answer.size() - kept.size();
        if (dropped > 0) {
            StringBuilder message = new StringBuilder("plugin ").append(guard.pluginId()).append(" returned ").append(dropped)
                    .append(" unusable suggestion(s) of ").append(answer.size()).append(" for ").append(column.column());
            if (!undeclared.isEmpty()) {
                message.append("; undeclared classifications: ").append(String.join(", ", undeclared));
            }
            if (nulls > 0) {
                message.append("; null entries: ").append(nulls);
            }
            guard.recordFailure("classify", FailureKind.INVALID_OUTPUT, message.toString());
        }
        return List.copyOf(kept);
    }

    private static ColumnProfile withoutSamples(ColumnProfile column) {
        if (column.samples().isEmpty()) {
            return column;
        }
        return new ColumnProfile(column.qualifiedName(), column.table(), column.column(), column.dataType(),
                column.siblingColumns(), column.statistics(), List.of());
    }
}
