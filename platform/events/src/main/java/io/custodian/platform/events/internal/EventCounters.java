package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.EventBusStats;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The bus counters; updated from publisher and bus threads without locks. */
final class EventCounters {

    private final LongAdder published = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    // An AtomicLong, not a LongAdder: it goes up and down and is read as a level.
    private final AtomicLong pending = new AtomicLong();

    void accepting() {
        pending.incrementAndGet();
    }

    void accepted() {
        published.increment();
    }

    void refused() {
        pending.decrementAndGet();
        dropped.increment();
    }

    void droppedWhileStopped() {
        dropped.increment();
    }

    void delivered() {
        delivered.increment();
    }

    void failed() {
        failed.increment();
    }

    /** An accepted event has reached every listener it was meant for (or had none). */
    void completed() {
        pending.decrementAndGet();
    }

    EventBusStats snapshot(int listeners) {
        return new EventBusStats(published.sum(), delivered.sum(), failed.sum(), pending.get(), listeners,
                dropped.sum());
    }
}
