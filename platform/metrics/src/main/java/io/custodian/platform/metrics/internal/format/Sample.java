package io.custodian.platform.metrics.internal.format;

/**
 * One line of a family: the family name plus {@code suffix} ({@code ""}, {@code _bucket},
 * {@code _sum}, {@code _count}), its labels and its value.
 */
public record Sample(String suffix, Labels labels, double value) {

    /** A sample named exactly like its family. */
    public static Sample of(Labels labels, double value) {
        return new Sample("", labels, value);
    }
}
