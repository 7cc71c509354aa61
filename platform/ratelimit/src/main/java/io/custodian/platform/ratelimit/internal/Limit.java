package io.custodian.platform.ratelimit.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * One route group's limit: {@code capacity} requests per {@code periodSeconds}, refilled
 * greedily (tokens trickle back continuously, a full bucket after one period of silence).
 *
 * @param capacity bucket size, at least 1
 * @param periodSeconds time to refill an empty bucket, at least 1
 */
record Limit(long capacity, long periodSeconds) {

    Limit {
        if (capacity < 1 || periodSeconds < 1) {
            throw new IllegalArgumentException("capacity and period must be positive");
        }
    }

    /** The Bucket4j bandwidth of this limit. */
    Bandwidth toBandwidth() {
        return Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(capacity, Duration.ofSeconds(periodSeconds))
                .build();
    }

    /** The Bucket4j configuration of a (distributed) bucket with this limit. */
    BucketConfiguration toBucketConfiguration() {
        return BucketConfiguration.builder().addLimit(toBandwidth()).build();
    }

    /** Nanoseconds after which an untouched bucket is full again, i.e. equal to a new one. */
    long idleNanos() {
        return Duration.ofSeconds(periodSeconds).toNanos();
    }

    /** The form used in configuration and bucket keys, {@code capacity/periodSeconds}. */
    @Override
    public String toString() {
        return capacity + "/" + periodSeconds;
    }
}
