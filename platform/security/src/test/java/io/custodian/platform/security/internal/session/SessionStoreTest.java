package io.custodian.platform.security.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.SessionToken;
import io.custodian.platform.testkit.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

    private static final Identity ALICE = Identity.user("alice");
    private static final Duration TTL = Duration.ofHours(8);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final SessionStore store = new SessionStore(clock, new SecureRandom());

    @Test
    void issuesPrefixedTokensOf32RandomBytes() {
        SessionToken token = store.open(ALICE, TTL);

        assertTrue(token.token().startsWith("cst_s_"));
        assertEquals(32, Base64.getUrlDecoder().decode(token.token().substring(6)).length);
        assertEquals("alice", token.user());
        assertEquals(Instant.parse("2025-01-01T08:00:00Z"), token.expiresAt());
        assertNotEquals(token.token(), store.open(ALICE, TTL).token());
    }

    @Test
    void resolvesALiveToken() {
        SessionToken token = store.open(ALICE, TTL);

        assertEquals(Optional.of(ALICE), store.resolve(token.token()));
    }

    @Test
    void refusesATokenOnceItsTtlHasPassed() {
        SessionToken token = store.open(ALICE, TTL);

        clock.advance(TTL.minusSeconds(1));
        assertTrue(store.resolve(token.token()).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertFalse(store.resolve(token.token()).isPresent());
        assertEquals(0, store.size());
    }

    @Test
    void logoutEndsTheSession() {
        SessionToken token = store.open(ALICE, TTL);

        assertEquals(Optional.of(ALICE), store.close(token.token()));
        assertFalse(store.resolve(token.token()).isPresent());
        assertEquals(Optional.empty(), store.close(token.token()));
    }

    @Test
    void refusesUnknownAndMalformedTokens() {
        store.open(ALICE, TTL);

        assertFalse(store.resolve("cst_s_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").isPresent());
        assertFalse(store.resolve("not-a-token").isPresent());
        assertFalse(store.resolve(null).isPresent());
        assertFalse(store.resolve("cst_s_" + "x".repeat(500)).isPresent());
    }

    @Test
    void sweepsExpiredSessionsLazily() {
        store.open(ALICE, Duration.ofMinutes(1));
        store.open(ALICE, Duration.ofMinutes(1));
        SessionToken longLived = store.open(ALICE, TTL);
        assertEquals(3, store.size());

        clock.advance(Duration.ofMinutes(2));
        store.open(ALICE, TTL);

        assertEquals(2, store.size());
        assertTrue(store.resolve(longLived.token()).isPresent());
    }

    @Test
    void doesNotKeepTheTokenItself() throws Exception {
        SessionToken token = store.open(ALICE, TTL);
        var field = SessionStore.class.getDeclaredField("sessions");
        field.setAccessible(true);

        String keys = ((java.util.Map<?, ?>) field.get(store)).keySet().toString();

        assertFalse(keys.contains(token.token().substring(6)));
    }
}
