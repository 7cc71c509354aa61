package io.custodian.plugin.api;

import java.util.List;

/** Sampled values of catalogued columns, granted by {@link Scope#SAMPLES_READ}. */
public interface SampleReader {

    /**
     * Up to {@code max} sampled values of the column with this qualified name (nulls left out).
     * The host caps {@code max}; an unknown column gives an empty list.
     */
    List<String> values(String columnQualifiedName, int max);
}
