package io.custodian.platform.ratelimit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitResultTest {

    @Test
    void allowedResultRendersThreeHeadersWithoutRetryAfter() {
        Map<String, String> headers = new RateLimitResult(true, 600, 599, 1, 0).headers();

        assertEquals(List.of("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"),
                List.copyOf(headers.keySet()));
        assertEquals("600", headers.get("X-RateLimit-Limit"));
        assertEquals("599", headers.get("X-RateLimit-Remaining"));
        assertEquals("1", headers.get("X-RateLimit-Reset"));
    }

    @Test
    void refusedResultAddsRetryAfter() {
        Map<String, String> headers = new RateLimitResult(false, 30, 0, 60, 2).headers();

        assertEquals("0", headers.get(RateLimitResult.REMAINING_HEADER));
        assertEquals("2", headers.get(RateLimitResult.RETRY_AFTER_HEADER));
        assertEquals(4, headers.size());
    }

    @Test
    void unlimitedResultIsAllowedAndHasNoHeaders() {
        assertTrue(RateLimitResult.unlimited().allowed());
        assertTrue(RateLimitResult.unlimited().headers().isEmpty());
    }

    @Test
    void rejectsRefusalWithoutRetryDelayAndNegativeValues() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimitResult(false, 1, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitResult(true, 1, -1, 1, 0));
    }

    @Test
    void headersCannotBeModified() {
        Map<String, String> headers = new RateLimitResult(true, 1, 0, 1, 0).headers();
        assertThrows(UnsupportedOperationException.class, () -> headers.put("X", "y"));
    }
}
