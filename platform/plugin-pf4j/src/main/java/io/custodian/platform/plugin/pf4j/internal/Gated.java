package io.custodian.platform.plugin.pf4j.internal;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One object of plugin code (an extension, a session) reachable only through its plugin's {@link PluginGate}.
 * {@link #clear()} forgets the object, so a wrapper kept by a caller after unloading does not keep the
 * plugin's classes (and class loader) in memory.
 *
 * @param <T> the API type of the object
 */
public final class Gated<T> {

    private final PluginGate gate;
    private volatile T target;

    /** {@code target}, reached through {@code gate}. */
    public Gated(PluginGate gate, T target) {
        this.gate = gate;
        this.target = target;
    }

    /** The gate this object is reached through. */
    public PluginGate gate() {
        return gate;
    }

    /** Applies {@code body} to the object through the gate, as the operation {@code operation}. */
    public <R> R call(String operation, Function<T, R> body) {
        T current = target;
        if (current == null || !gate.isOpen()) {
            throw gate.unloaded(operation);
        }
        return gate.call(operation, () -> body.apply(current));
    }

    /** Like {@link #call} for a body without a result. */
    public void run(String operation, Consumer<T> body) {
        call(operation, t -> {
            body.accept(t);
            return null;
        });
    }

    /** Whether the object can still be called. */
    public boolean isReachable() {
        return target != null && gate.isOpen();
    }

    /** Forgets the object; later calls fail as after unloading. */
    public void clear() {
        target = null;
    }
}
