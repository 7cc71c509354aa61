package io.custodian.plugins.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform random sample of at most {@code capacity} items from a stream of unknown length (reservoir
 * sampling, Vitter's algorithm R), returned in stream order. The random source is seeded, so the same
 * file gives the same sample.
 */
final class Reservoir<T> {

    private record Entry<T>(long index, T item) {
    }

    private final int capacity;
    private final SplittableRandom random;
    private final List<Entry<T>> entries = new ArrayList<>();
    private long seen;

    Reservoir(int capacity, long seed) {
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
    }

    void offer(T item) {
        long index = seen++;
        if (entries.size() < capacity) {
            entries.add(new Entry<>(index, item));
        } else if (capacity > 0) {
            long slot = random.nextLong(seen);
            if (slot < capacity) {
                entries.set((int) slot, new Entry<>(index, item));
            }
        }
    }

    List<T> inStreamOrder() {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::index));
        List<T> items = new ArrayList<>(sorted.size());
        sorted.forEach(e -> items.add(e.item()));
        return items;
    }
}
