package io.custodian.plugin.api.classifier;

import io.custodian.plugin.api.PluginExtension;
import java.util.List;

/**
 * Suggests classifications for a column. A classifier is a pure function of its input: thread-safe,
 * no I/O needed (samples arrive in the {@link ColumnProfile} when the plugin holds {@code samples.read}).
 */
public interface Classifier extends PluginExtension {

    /** What this classifier can find. Must be cheap. */
    ClassifierDescriptor describe();

    /**
     * Suggestions for {@code column}, possibly none. Each suggestion's classification id must be one of
     * {@link ClassifierDescriptor#classifications()}; the host drops others and counts them as errors.
     */
    List<Suggestion> classify(ColumnProfile column);
}
