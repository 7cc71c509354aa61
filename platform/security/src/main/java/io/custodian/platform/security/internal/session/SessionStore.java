package io.custodian.platform.security.internal.session;

import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.SessionToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Live login sessions, in memory. A token is {@code cst_s_} plus 32 random bytes in base64url;
 * only its SHA-256 is kept, so a heap dump does not hand out sessions. Expired entries are removed
 * when met and, at most once a minute, by a sweep piggybacked on normal calls.
 */
public final class SessionStore {

    /** Prefix of session tokens, so they can be told apart from API keys and found by secret scanners. */
    public static final String PREFIX = "cst_s_";
    private static final int TOKEN_BYTES = 32;
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private record Session(Identity identity, Instant expiresAt) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SecureRandom random;
    private final AtomicReference<Instant> lastSweep;

    public SessionStore(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
        this.lastSweep = new AtomicReference<>(clock.instant());
    }

    /** Opens a session for {@code identity} lasting {@code ttl}. */
    public SessionToken open(Identity identity, Duration ttl) {
        sweepIfDue();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(ttl);
        sessions.put(digest(token), new Session(identity, expiresAt));
        return new SessionToken(token, identity.name(), expiresAt);
    }

    /** The identity of a live session; empty for unknown, malformed or expired tokens. */
    public Optional<Identity> resolve(String token) {
        sweepIfDue();
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        String key = digest(token);
        Session session = sessions.get(key);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            sessions.remove(key, session);
            return Optional.empty();
        }
        return Optional.of(session.identity());
    }

    /** Ends a session; returns whose it was, or empty if the token was unknown or already expired. */
    public Optional<Identity> close(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        Session removed = sessions.remove(digest(token));
        if (removed == null || !clock.instant().isBefore(removed.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(removed.identity());
    }

    /** Number of stored sessions, expired ones not yet swept included. */
    public int size() {
        return sessions.size();
    }

    /** Drops every session (at shutdown). */
    public void clear() {
        sessions.clear();
    }

    private void sweepIfDue() {
        Instant now = clock.instant();
        Instant last = lastSweep.get();
        if (now.isBefore(last.plus(SWEEP_INTERVAL)) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        sessions.values().removeIf(session -> !now.isBefore(session.expiresAt()));
    }

    private static boolean wellFormed(String token) {
        // Cheap rejection before hashing: no prefix, or far longer than any token we issue.
        return token != null && token.startsWith(PREFIX) && token.length() < 200;
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
