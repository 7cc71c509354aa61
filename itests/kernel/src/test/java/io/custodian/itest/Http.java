package io.custodian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

/** A small HTTP client for the tests, with a deadline-bounded wait for a condition. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> send(String method, String path, String authorization, String contentType, String body) {
        return exchange(method, path, authorization, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** Sends raw bytes, for bodies that are not text (a multipart upload of a jar). */
    public HttpResponse<String> sendBytes(String method, String path, String authorization, String contentType, byte[] body) {
        return exchange(method, path, authorization, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<String> exchange(String method, String path, String authorization, String contentType,
                                          HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String authorization) {
        return send("GET", path, authorization, null, null);
    }

    public HttpResponse<String> postJson(String path, String authorization, String json) {
        return send("POST", path, authorization, "application/json", json);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Calls GET until {@code condition} holds or {@code timeout} passes; returns the last response. */
    public HttpResponse<String> awaitGet(String path, String authorization, Predicate<HttpResponse<String>> condition,
                                         Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path, authorization);
                if (condition.test(last)) {
                    return last;
                }
            } catch (IllegalStateException notListeningYet) {
                last = null;
            }
            pause();
        }
        throw new AssertionError("GET " + path + " did not reach the expected state within " + timeout
                + "; last answer: " + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private static void pause() {
        try {
            Thread.sleep(100); // polling interval of a deadline-bounded wait, not a synchronisation sleep
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
