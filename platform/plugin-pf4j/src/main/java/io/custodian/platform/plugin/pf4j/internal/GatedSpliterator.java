package io.custodian.platform.plugin.pf4j.internal;

import java.util.Spliterator;
import java.util.function.Consumer;

/** A plugin's lazy stream, one element at a time through the plugin's gate; sequential only. */
final class GatedSpliterator<E> implements Spliterator<E> {

    private final PluginGate gate;
    private final String operation;
    private final Spliterator<E> delegate;

    GatedSpliterator(PluginGate gate, String operation, Spliterator<E> delegate) {
        this.gate = gate;
        this.operation = operation;
        this.delegate = delegate;
    }

    @Override
    public boolean tryAdvance(Consumer<? super E> action) {
        // Why fetch first and hand over outside the gate: the caller's action is host code and should not run
        // with the plugin as its context class loader, nor have its own linkage errors blamed on the plugin.
        Object[] next = new Object[1];
        boolean advanced = gate.call(operation, () -> delegate.tryAdvance(e -> next[0] = e));
        if (advanced) {
            @SuppressWarnings("unchecked")
            E element = (E) next[0];
            action.accept(element);
        }
        return advanced;
    }

    @Override
    public Spliterator<E> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return gate.isOpen() ? delegate.estimateSize() : 0;
    }

    @Override
    public int characteristics() {
        // SORTED would oblige a comparator, SUBSIZED splitting: neither is offered here.
        return delegate.characteristics() & (Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL
                | Spliterator.IMMUTABLE | Spliterator.SIZED);
    }
}
