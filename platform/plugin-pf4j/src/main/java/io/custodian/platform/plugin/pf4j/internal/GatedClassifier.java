package io.custodian.platform.plugin.pf4j.internal;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ClassifierDescriptor;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import java.util.List;

/** A plugin's classifier as the agent hands it out: every call goes through the plugin's gate. */
public final class GatedClassifier implements Classifier {

    private final Gated<Classifier> classifier;

    /** Wraps {@code classifier}. */
    public GatedClassifier(Gated<Classifier> classifier) {
        this.classifier = classifier;
    }

    @Override
    public ClassifierDescriptor describe() {
        return classifier.call("describe", Classifier::describe);
    }

    @Override
    public List<Suggestion> classify(ColumnProfile column) {
        return classifier.call("classify", c -> c.classify(column));
    }

    /** Does nothing: the loader started the extension when it loaded the plugin. */
    @Override
    public void start(PluginContext context) {
        // started by the loader
    }

    /** Does nothing: the loader stops the extension when it unloads the plugin. */
    @Override
    public void stop() {
        // stopped by the loader
    }

    @Override
    public String toString() {
        return "classifier of plugin " + classifier.gate().pluginId();
    }
}
