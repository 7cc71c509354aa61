package io.custodian.platform.ratelimit.internal;

import io.custodian.platform.ratelimit.api.RateLimitResult;

/** Where token buckets live: this JVM or a shared Redis. Implementations are thread-safe. */
interface Backend extends AutoCloseable {

    /**
     * Takes one token from the bucket named {@code bucketKey}, creating it full with
     * {@code limit} if it does not exist.
     */
    RateLimitResult consume(String bucketKey, Limit limit);

    /** Releases connections or memory; later calls are not allowed. */
    @Override
    void close();
}
