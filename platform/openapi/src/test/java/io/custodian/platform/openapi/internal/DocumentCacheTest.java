package io.custodian.platform.openapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DocumentCacheTest {

    @Test
    void generatesOnceUntilInvalidated() {
        AtomicInteger calls = new AtomicInteger();
        DocumentCache cache = new DocumentCache(() -> "{\"n\":" + calls.incrementAndGet() + "}");
        DocumentCache.Document first = cache.get();
        assertSame(first, cache.get());
        assertEquals(1, calls.get());

        cache.invalidate();
        DocumentCache.Document second = cache.get();
        assertEquals("{\"n\":2}", second.json());
        assertNotEquals(first.etag(), second.etag());
    }

    @Test
    void givesEqualContentEqualEtag() {
        DocumentCache cache = new DocumentCache(() -> "{}");
        String etag = cache.get().etag();
        cache.invalidate();
        assertEquals(etag, cache.get().etag());
        assertEquals(32, etag.length());
    }

    @Test
    void doesNotKeepDocumentBuiltDuringAChange() {
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<DocumentCache> self = new AtomicReference<>();
        DocumentCache cache = new DocumentCache(() -> {
            int n = calls.incrementAndGet();
            if (n == 1) {
                self.get().invalidate(); // a resource arrives while the first document is being built
            }
            return "{\"n\":" + n + "}";
        });
        self.set(cache);
        assertEquals("{\"n\":1}", cache.get().json());
        assertEquals("{\"n\":2}", cache.get().json(), "the stale document must be rebuilt");
        assertEquals("{\"n\":2}", cache.get().json());
        assertEquals(2, calls.get());
    }
}
