package io.custodian.platform.plugin.runtime.internal;

import io.custodian.plugin.api.SampleReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A {@link SampleReader} that never asks for, nor returns, more than a fixed number of values. */
public final class CappedSampleReader implements SampleReader {

    private final SampleReader delegate;
    private final int cap;

    /**
     * @param delegate the host's reader
     * @param cap      the most values per call
     */
    public CappedSampleReader(SampleReader delegate, int cap) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cap = cap;
    }

    /** At most {@code min(max, cap)} values, unmodifiable; none for {@code max <= 0}. */
    @Override
    public List<String> values(String columnQualifiedName, int max) {
        Objects.requireNonNull(columnQualifiedName, "columnQualifiedName");
        if (max <= 0) {
            return List.of();
        }
        int limit = Math.min(max, cap);
        List<String> values = delegate.values(columnQualifiedName, limit);
        if (values == null) {
            return List.of();
        }
        // Nulls are allowed in sampled values, so List.copyOf will not do.
        List<String> copy = new ArrayList<>(values.subList(0, Math.min(limit, values.size())));
        return Collections.unmodifiableList(copy);
    }
}
