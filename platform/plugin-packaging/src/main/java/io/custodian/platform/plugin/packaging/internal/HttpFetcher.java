package io.custodian.platform.plugin.packaging.internal;

import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches one URL into a stream under a byte limit and timeouts. {@code timeout} bounds connecting, waiting for
 * the response headers, and every pause while the body arrives; the whole body must arrive within
 * {@value #TOTAL_TIMEOUT_FACTOR} times {@code timeout}, so a server trickling bytes cannot hold the caller forever.
 * Redirects are followed only within the same host and port (and from http to https).
 */
public final class HttpFetcher {

    /** The whole transfer may take this many times the timeout. */
    public static final int TOTAL_TIMEOUT_FACTOR = 10;
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration timeout;

    /** @param timeout the connect, answer and idle timeout */
    public HttpFetcher(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The marketplace timeout must be positive, but it is " + timeout + ".");
        }
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                // Redirects are followed by hand, so each target can be checked against the original host.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Writes the body of {@code uri} into {@code sink}.
     *
     * @param what how messages name the download, for example {@code the marketplace index https://...}
     * @return the number of bytes written
     */
    public long fetch(URI uri, long maxBytes, OutputStream sink, String what) throws PluginRejectedException {
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            Exchange exchange = exchange(current, maxBytes, sink, what);
            if (exchange.location().isEmpty()) {
                return exchange.bytes();
            }
            if (redirects >= MAX_REDIRECTS) {
                throw failed(what + " redirects more than " + MAX_REDIRECTS + " times");
            }
            current = redirectTarget(uri, current, exchange.location().get(), what);
        }
    }

    /** The result of one request: bytes written, or where a redirect points. */
    private record Exchange(long bytes, Optional<String> location) {
    }

    private Exchange exchange(URI uri, long maxBytes, OutputStream sink, String what) throws PluginRejectedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        AtomicLong lastActivity = new AtomicLong(System.nanoTime());
        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<Long>> response = client.sendAsync(request, info -> {
            if (info.statusCode() != 200) {
                // Redirects and errors: the body is of no interest, and an endless one must not be read.
                return discarding();
            }
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            CappedBodySubscriber subscriber = new CappedBodySubscriber(sink, maxBytes, declared, lastActivity);
            body.set(subscriber);
            return subscriber;
        });
        HttpResponse<Long> answer = await(response, lastActivity, body, what);
        int status = answer.statusCode();
        if (status == 200) {
            return new Exchange(answer.body(), Optional.empty());
        }
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            Optional<String> location = answer.headers().firstValue("location");
            if (location.isEmpty()) {
                throw failed(what + " answered a redirect (HTTP " + status + ") without a Location");
            }
            return new Exchange(0, location);
        }
        if (status == 404 || status == 410) {
            throw new PluginRejectedException(Reason.NOT_FOUND, capitalize(what) + " does not exist (HTTP " + status + ").");
        }
        throw failed(what + " could not be fetched: the server answered HTTP " + status);
    }

    private HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> response, AtomicLong lastActivity,
                                     AtomicReference<CappedBodySubscriber> body, String what) throws PluginRejectedException {
        long timeoutNanos = timeout.toNanos();
        long deadline = System.nanoTime() + timeoutNanos * TOTAL_TIMEOUT_FACTOR;
        try {
            while (true) {
                long now = System.nanoTime();
                long idleLeft = lastActivity.get() + timeoutNanos - now;
                long totalLeft = deadline - now;
                if (idleLeft <= 0 || totalLeft <= 0) {
                    boolean answered = body.get() != null;
                    stop(response, body);
                    throw failed(what + (totalLeft <= 0 ? " took longer than " + seconds(timeout.multipliedBy(TOTAL_TIMEOUT_FACTOR))
                            : answered ? " stalled: nothing arrived for " + seconds(timeout)
                            : " could not be fetched: the server did not answer within " + seconds(timeout)));
                }
                try {
                    return response.get(Math.min(idleLeft, totalLeft), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // Data may have arrived meanwhile: the loop measures the pause again.
                    continue;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(response, body);
            throw failed(what + " was interrupted");
        } catch (ExecutionException e) {
            throw translate(unwrap(e), what);
        }
    }

    private PluginRejectedException translate(Throwable failure, String what) {
        if (failure instanceof SizeLimitExceededException tooLarge) {
            return Downloads.tooLarge(what, tooLarge.limit());
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return failed(what + " could not be fetched: no connection within " + seconds(timeout), failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return failed(what + " could not be fetched: the server did not answer within " + seconds(timeout), failure);
        }
        if (failure instanceof ConnectException) {
            return failed(what + " could not be fetched: the server refused the connection", failure);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return failed(what + " could not be fetched: " + Texts.clip(detail), failure);
    }

    private static URI redirectTarget(URI original, URI current, String location, String what) throws PluginRejectedException {
        URI target;
        try {
            target = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw failed(what + " redirects to the malformed location " + Texts.quote(location));
        }
        boolean sameHost = target.getHost() != null && original.getHost() != null
                && target.getHost().equalsIgnoreCase(original.getHost());
        boolean sameScheme = scheme(target).equals(scheme(original)) || scheme(target).equals("https");
        boolean samePort = port(target) == port(original) || (!scheme(target).equals(scheme(original)) && target.getPort() == -1);
        if (!sameHost || !sameScheme || !samePort) {
            throw failed(what + " redirects to " + Texts.quote(target.getScheme() + "://" + target.getRawAuthority())
                    + "; only redirects within " + original.getScheme() + "://" + original.getRawAuthority() + " are followed");
        }
        return target;
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(scheme(uri)) ? 443 : 80;
    }

    private static void stop(CompletableFuture<?> response, AtomicReference<CappedBodySubscriber> body) {
        CappedBodySubscriber subscriber = body.get();
        if (subscriber != null) {
            subscriber.abort(new IOException("stopped by the caller"));
        }
        response.cancel(true);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ExecutionException || current instanceof CompletionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static BodySubscriber<Long> discarding() {
        return BodySubscribers.replacing(0L);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static PluginRejectedException failed(String sentence) {
        return new PluginRejectedException(Reason.DOWNLOAD_FAILED, capitalize(sentence) + ".");
    }

    private static PluginRejectedException failed(String sentence, Throwable cause) {
        return new PluginRejectedException(Reason.DOWNLOAD_FAILED, capitalize(sentence) + ".", cause);
    }
}
