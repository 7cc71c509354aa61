package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.visualization.ChartSpec;
import io.custodian.plugin.api.visualization.Visualization;
import io.custodian.plugin.api.visualization.VisualizationDescriptor;
import io.custodian.plugin.api.visualization.VisualizationRequest;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plugin's {@link Visualization} as the platform uses it: every call runs through the plugin's
 * {@link PluginCallGuard}, and a chart specification reaches the console only if it is at most
 * {@link #MAX_SPEC_CHARS} characters and passes the JSON-object check the host supplies (by default a minimal
 * structural check: the trimmed text starts with <code>{</code> and ends with <code>}</code>; the server passes a
 * real parser). Anything else fails with {@link FailureKind#INVALID_OUTPUT}. {@link #describe()} asks the plugin once.
 */
public final class GuardedVisualization extends GuardedExtension<Visualization, VisualizationDescriptor>
        implements Visualization {

    /** The longest chart specification accepted, in characters. */
    public static final int MAX_SPEC_CHARS = 1_048_576;

    private static final Logger LOG = LoggerFactory.getLogger(GuardedVisualization.class);

    private final Predicate<String> isJsonObject;

    private GuardedVisualization(Visualization delegate, PluginCallGuard guard, Predicate<String> isJsonObject) {
        super(delegate, guard, Visualization::describe, "visualization description");
        this.isJsonObject = Objects.requireNonNull(isJsonObject, "isJsonObject");
    }

    /**
     * Wraps a plugin's visualization with the minimal structural JSON check.
     *
     * @param delegate the plugin's visualization
     * @param guard    the plugin's guard
     * @param granted  the scopes granted to the plugin (a visualization needs none; kept for symmetry)
     */
    public static GuardedVisualization wrap(Visualization delegate, PluginCallGuard guard, Set<Scope> granted) {
        return wrap(delegate, guard, granted, GuardedVisualization::looksLikeJsonObject);
    }

    /**
     * Wraps a plugin's visualization, checking each specification with {@code isJsonObject}.
     *
     * @param isJsonObject true when the text parses as one JSON object; an exception it throws counts as false
     */
    public static GuardedVisualization wrap(Visualization delegate, PluginCallGuard guard, Set<Scope> granted,
                                            Predicate<String> isJsonObject) {
        Objects.requireNonNull(granted, "granted");
        return new GuardedVisualization(delegate, guard, isJsonObject);
    }

    /** The minimal check: trimmed, the text starts with <code>{</code> and ends with <code>}</code>. */
    static boolean looksLikeJsonObject(String text) {
        String trimmed = text.strip();
        return trimmed.length() >= 2 && trimmed.charAt(0) == '{' && trimmed.charAt(trimmed.length() - 1) == '}';
    }

    @Override
    public ChartSpec render(VisualizationRequest request) {
        Objects.requireNonNull(request, "request");
        ChartSpec spec = guard.call("render", () -> delegate.render(request));
        if (spec == null) {
            throw invalid("no chart specification (null)");
        }
        String text = spec.vegaLite();
        if (text.length() > MAX_SPEC_CHARS) {
            throw invalid("a chart specification of " + text.length() + " characters; at most " + MAX_SPEC_CHARS + " are allowed");
        }
        if (!passes(text)) {
            throw invalid("a chart specification that is not a JSON object");
        }
        return spec;
    }

    private boolean passes(String text) {
        try {
            return isJsonObject.test(text);
        } catch (RuntimeException e) {
            LOG.debug("The JSON check refused a chart specification of plugin {}", guard.pluginId(), e);
            return false;
        }
    }

    private PluginCallException invalid(String what) {
        return guard.reject("render", FailureKind.INVALID_OUTPUT, "plugin " + guard.pluginId() + " returned " + what);
    }
}
