package io.custodian.platform.plugin.runtime;

import java.util.Arrays;

/**
 * The durations of the most recent calls (a ring buffer), and their percentiles. Thread-safe; recording is
 * constant time, a percentile sorts a copy of at most {@link #capacity()} values.
 */
public final class LatencyWindow {

    /** The default number of calls remembered. */
    public static final int DEFAULT_CAPACITY = 1024;

    private final long[] nanos;
    private int next;
    private int size;

    /** A window over the last {@link #DEFAULT_CAPACITY} calls. */
    public LatencyWindow() {
        this(DEFAULT_CAPACITY);
    }

    /** A window over the last {@code capacity} calls. */
    public LatencyWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a latency window holds at least one call: " + capacity);
        }
        this.nanos = new long[capacity];
    }

    /** Remembers one call's duration, forgetting the oldest when full. Negative durations count as 0. */
    public synchronized void record(long durationNanos) {
        nanos[next] = Math.max(0, durationNanos);
        next = (next + 1) % nanos.length;
        size = Math.min(size + 1, nanos.length);
    }

    /**
     * The nearest-rank percentile of the remembered durations, in milliseconds: the smallest remembered value
     * such that at least {@code percentile}% of the values are at most it. 0 when nothing was recorded.
     *
     * @param percentile in (0, 100]
     */
    public double percentileMillis(double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("a percentile is in (0, 100]: " + percentile);
        }
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(nanos, size);
        }
        if (sorted.length == 0) {
            return 0;
        }
        Arrays.sort(sorted);
        // Multiplying first keeps whole percentiles exact (0.99 * 100 is not).
        int rank = (int) Math.ceil(percentile * sorted.length / 100.0);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }

    /** How many durations are remembered (at most {@link #capacity()}). */
    public synchronized int size() {
        return size;
    }

    /** How many durations the window can remember. */
    public int capacity() {
        return nanos.length;
    }
}
