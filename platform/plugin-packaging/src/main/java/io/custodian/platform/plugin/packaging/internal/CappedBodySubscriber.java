package io.custodian.platform.plugin.packaging.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes an HTTP response body to a stream, counting bytes as they arrive: it cancels the transfer as soon as
 * more than the limit has come (whatever Content-Length said) and records when data last arrived, so the caller
 * can tell a stalled server from a slow one. {@link #abort} stops it from another thread; after it returns,
 * nothing more is written to the stream.
 */
public final class CappedBodySubscriber implements BodySubscriber<Long> {

    private final OutputStream sink;
    private final long maxBytes;
    private final long declaredLength;
    private final AtomicLong lastActivityNanos;
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long received;
    private boolean finished;

    /**
     * @param declaredLength    the Content-Length the server announced, or -1
     * @param lastActivityNanos set to {@link System#nanoTime()} whenever data arrives
     */
    public CappedBodySubscriber(OutputStream sink, long maxBytes, long declaredLength, AtomicLong lastActivityNanos) {
        this.sink = sink;
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
        this.lastActivityNanos = lastActivityNanos;
    }

    @Override
    public CompletionStage<Long> getBody() {
        return result;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (finished) {
            subscription.cancel();
            return;
        }
        if (declaredLength > maxBytes) {
            abort(new SizeLimitExceededException(maxBytes));
            return;
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (finished) {
            return;
        }
        lastActivityNanos.set(System.nanoTime());
        try {
            for (ByteBuffer buffer : buffers) {
                int length = buffer.remaining();
                received += length;
                if (received > maxBytes) {
                    abort(new SizeLimitExceededException(maxBytes));
                    return;
                }
                write(buffer, length);
            }
        } catch (IOException e) {
            abort(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onError(Throwable failure) {
        if (!finished) {
            finished = true;
            result.completeExceptionally(failure);
        }
    }

    @Override
    public synchronized void onComplete() {
        if (!finished) {
            finished = true;
            result.complete(received);
        }
    }

    /** Stops the transfer and fails the body with {@code cause}; does nothing if it already ended. */
    public synchronized void abort(Throwable cause) {
        if (finished) {
            return;
        }
        finished = true;
        if (subscription != null) {
            subscription.cancel();
        }
        result.completeExceptionally(cause);
    }

    private void write(ByteBuffer buffer, int length) throws IOException {
        if (buffer.hasArray()) {
            sink.write(buffer.array(), buffer.arrayOffset() + buffer.position(), length);
            buffer.position(buffer.limit());
        } else {
            byte[] copy = new byte[length];
            buffer.get(copy);
            sink.write(copy);
        }
    }
}
