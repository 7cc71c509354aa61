package io.custodian.platform.openapi.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Holds the last generated document until the set of resources changes. A document generated
 * while a change arrives is tagged with the generation it started from, so the next request
 * regenerates instead of serving it.
 */
final class DocumentCache {

    /**
     * A generated document.
     *
     * @param json the document
     * @param etag a strong validator of its content
     */
    record Document(String json, String etag) {
    }

    private record Entry(long generation, Document document) {
    }

    private final Supplier<String> generator;
    private final AtomicLong generation = new AtomicLong();
    private volatile Entry entry;

    DocumentCache(Supplier<String> generator) {
        this.generator = generator;
    }

    /** The current document, generated now if the resources changed since the last one. */
    Document get() {
        long current = generation.get();
        Entry cached = entry;
        if (cached != null && cached.generation() == current) {
            return cached.document();
        }
        String json = generator.get();
        Document document = new Document(json, etag(json));
        entry = new Entry(current, document);
        return document;
    }

    /** Marks the cached document stale. */
    void invalidate() {
        generation.incrementAndGet();
    }

    private static String etag(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
