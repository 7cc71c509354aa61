package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.PluginExtension;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every guarded wrapper does the same way: {@code start} and {@code stop} run through the plugin's
 * {@link PluginCallGuard}, and {@code describe} asks the plugin once, refuses a {@code null} description with
 * {@link FailureKind#INVALID_OUTPUT} and answers later calls from the first successful result. The subclasses
 * add what is particular to their extension point.
 *
 * <p>Package-private on purpose: the wrappers are the API, this is how they are built.
 *
 * @param <E> the extension point the plugin implements
 * @param <D> the description its {@code describe()} returns
 */
abstract class GuardedExtension<E extends PluginExtension, D> {

    /** The plugin's own extension: plugin code, only ever called through {@link #guard}. */
    final E delegate;
    final PluginCallGuard guard;
    private final Function<E, D> describeCall;
    private final String descriptionName;
    private volatile D descriptor;

    /**
     * @param delegate        the plugin's extension
     * @param guard           the plugin's guard
     * @param describeCall    the extension point's {@code describe} method, for example {@code Classifier::describe}
     * @param descriptionName what the description is called in messages, for example {@code classifier description}
     */
    GuardedExtension(E delegate, PluginCallGuard guard, Function<E, D> describeCall, String descriptionName) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.describeCall = describeCall;
        this.descriptionName = descriptionName;
    }

    /** Starts the plugin's extension through the guard. */
    public void start(PluginContext context) {
        runGuarded("start", () -> delegate.start(context));
    }

    /** Stops the plugin's extension through the guard. */
    public void stop() {
        runGuarded("stop", delegate::stop);
    }

    /** The plugin's description, asked through the guard the first time and remembered. */
    public D describe() {
        D known = descriptor;
        if (known != null) {
            return known;
        }
        D described = translating(() -> guard.call("describe", () -> describeCall.apply(delegate)));
        if (described == null) {
            throw guard.reject("describe", FailureKind.INVALID_OUTPUT,
                    "plugin " + guard.pluginId() + " returned no " + descriptionName + " (null)");
        }
        descriptor = described;
        return described;
    }

    /**
     * How a failure of {@code start}, {@code stop} or {@code describe} reaches the caller; unchanged unless an
     * extension point promises its callers another exception type (a connector's {@code ConnectorException}).
     */
    RuntimeException translated(PluginCallException failure) {
        return failure;
    }

    private void runGuarded(String operation, Runnable body) {
        translating(() -> {
            guard.run(operation, body);
            return null;
        });
    }

    private <T> T translating(Supplier<T> call) {
        try {
            return call.get();
        } catch (PluginCallException e) {
            throw translated(e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + guard.pluginId() + "]";
    }
}
