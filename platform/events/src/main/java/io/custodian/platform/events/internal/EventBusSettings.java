package io.custodian.platform.events.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validated bus settings and the Camel endpoints derived from them.
 *
 * @param queueSize       capacity of the publish queue and of each lane queue
 * @param consumerThreads number of delivery lanes
 * @param publishTimeout  how long a publisher waits for room in a full queue
 */
record EventBusSettings(int queueSize, int consumerThreads, Duration publishTimeout) {

    static final int DEFAULT_QUEUE_SIZE = 10_000;
    static final int DEFAULT_CONSUMER_THREADS = 2;
    static final long DEFAULT_PUBLISH_TIMEOUT_MS = 100;
    static final int MAX_CONSUMER_THREADS = 64;

    static final EventBusSettings DEFAULTS = new EventBusSettings(DEFAULT_QUEUE_SIZE, DEFAULT_CONSUMER_THREADS,
            Duration.ofMillis(DEFAULT_PUBLISH_TIMEOUT_MS));

    private static final Logger LOG = LoggerFactory.getLogger(EventBusSettings.class);
    private static final String QUEUE = "seda:custodian.events";
    // Idle consumers wake this often; it bounds how long stopping each route takes (Camel's default: 1 s).
    private static final String CONSUMER = "&concurrentConsumers=1&pollTimeout=100";

    EventBusSettings {
        if (queueSize < 1 || consumerThreads < 1 || consumerThreads > MAX_CONSUMER_THREADS
                || publishTimeout.isNegative()) {
            throw new IllegalArgumentException("invalid event bus settings: queue size " + queueSize
                    + ", consumer threads " + consumerThreads + ", publish timeout " + publishTimeout);
        }
    }

    /**
     * Settings from configuration; out-of-range values are replaced by the nearest valid one and
     * logged, because a typo in a .cfg file should not leave the kernel without an event bus.
     */
    static EventBusSettings from(EventBusConfiguration config) {
        int queueSize = clamp("queue.size", config.queue_size(), 1, Integer.MAX_VALUE);
        int threads = clamp("consumer.threads", config.consumer_threads(), 1, MAX_CONSUMER_THREADS);
        long timeout = clamp("publish.timeout.ms", config.publish_timeout_ms(), 0, Long.MAX_VALUE);
        return new EventBusSettings(queueSize, threads, Duration.ofMillis(timeout));
    }

    private static int clamp(String name, int value, int min, int max) {
        return (int) clamp(name, (long) value, min, max);
    }

    private static long clamp(String name, long value, long min, long max) {
        long result = Math.max(min, Math.min(max, value));
        if (result != value) {
            LOG.warn("Event bus configuration {}={} is out of range, using {}", name, value, result);
        }
        return result;
    }

    /** The publish queue: one consumer, so events are matched against subscribers in publication order. */
    String publishQueueUri() {
        String whenFull = publishTimeout.isZero()
                ? "blockWhenFull=false" // a full queue refuses at once
                : "blockWhenFull=true&offerTimeout=" + Math.max(1, publishTimeout.toMillis());
        return QUEUE + "?size=" + queueSize + CONSUMER + "&" + whenFull;
    }

    /**
     * Lane {@code lane}'s queue: one consumer each, and the dispatcher blocks when it is full, which
     * pushes back on the publish queue rather than losing deliveries.
     */
    String laneUri(int lane) {
        return QUEUE + ".lane-" + lane + "?size=" + queueSize + CONSUMER + "&blockWhenFull=true";
    }
}
