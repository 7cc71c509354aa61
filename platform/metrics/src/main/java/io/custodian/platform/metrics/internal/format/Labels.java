package io.custodian.platform.metrics.internal.format;

import java.util.Arrays;

/**
 * An immutable set of label names and values identifying one series. Pairs are kept sorted by
 * name so that the same labels given in another order name the same series; {@link #with}
 * appends without re-sorting, for labels the format puts last ({@code le}).
 *
 * <p>Construction does only cheap structural checks, because it happens on every hot-path call;
 * the name syntax is checked by {@link #validate()}, which families call once per new series.
 */
public final class Labels implements Comparable<Labels> {

    /** No labels. */
    public static final Labels EMPTY = new Labels(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;
    private final int hash;

    private Labels(String[] names, String[] values) {
        this.names = names;
        this.values = values;
        this.hash = 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
    }

    /**
     * Labels from alternating names and values.
     *
     * @throws IllegalArgumentException on an odd count, a null, or a duplicate name
     */
    public static Labels of(String... namesAndValues) {
        if (namesAndValues == null || namesAndValues.length == 0) {
            return EMPTY;
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Labels must be given as name/value pairs");
        }
        int count = namesAndValues.length / 2;
        String[] names = new String[count];
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            String name = namesAndValues[2 * i];
            String value = namesAndValues[2 * i + 1];
            if (name == null || value == null) {
                throw new IllegalArgumentException("Label names and values must not be null");
            }
            // Insertion sort: label sets are tiny, and this avoids allocating pair objects.
            int j = i;
            while (j > 0 && names[j - 1].compareTo(name) > 0) {
                names[j] = names[j - 1];
                values[j] = values[j - 1];
                j--;
            }
            if (j > 0 && names[j - 1].equals(name)) {
                throw new IllegalArgumentException("Duplicate label name: " + name);
            }
            names[j] = name;
            values[j] = value;
        }
        return new Labels(names, values);
    }

    /** These labels plus one more pair at the end. */
    public Labels with(String name, String value) {
        String[] n = Arrays.copyOf(names, names.length + 1);
        String[] v = Arrays.copyOf(values, values.length + 1);
        n[names.length] = name;
        v[values.length] = value;
        return new Labels(n, v);
    }

    /**
     * Checks every label name.
     *
     * @return this
     * @throws IllegalArgumentException on an invalid or reserved name
     */
    public Labels validate() {
        for (String name : names) {
            MetricNames.requireLabelName(name);
        }
        return this;
    }

    /** Whether a label of that name is present. */
    public boolean contains(String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return names.length;
    }

    public String name(int index) {
        return names[index];
    }

    public String value(int index) {
        return values[index];
    }

    @Override
    public int compareTo(Labels other) {
        int common = Math.min(size(), other.size());
        for (int i = 0; i < common; i++) {
            int c = names[i].compareTo(other.names[i]);
            if (c == 0) {
                c = values[i].compareTo(other.values[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(size(), other.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labels other && hash == other.hash
                && Arrays.equals(names, other.names) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        TextFormat.appendLabels(out, this);
        return out.toString();
    }
}
