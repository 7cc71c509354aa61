package io.custodian.platform.apikeys.internal;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Audits {@code apikey.rejected} when an existing key is presented but refused: wrong secret,
 * revoked, expired, or its owner disabled. Such a key is often used by a job that runs every few
 * seconds, so the first rejection of a key in a minute is written at once and the rest of that
 * minute are counted and written as one record ({@code repeats}) when the minute is over.
 * Unknown and malformed keys name no key and are left to the caller (the security bundle) to report.
 */
final class RejectionAudit {

    static final String REJECTED = "apikey.rejected";
    static final Duration WINDOW = Duration.ofMinutes(1);

    private record Window(Instant start, KeyCache.Entry key, String lastReason, int suppressed) {

        boolean endedBy(Instant now) {
            return !now.isBefore(start.plus(WINDOW));
        }
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AuditService audit;

    RejectionAudit(AuditService audit) {
        this.audit = audit;
    }

    /** @param reason {@code wrong_secret}, {@code revoked}, {@code expired} or {@code owner_disabled} */
    void rejected(KeyCache.Entry key, String reason, Instant now) {
        Window[] ended = {null};
        boolean[] first = {false};
        windows.compute(key.keyId(), (keyId, window) -> {
            if (window == null || window.endedBy(now)) {
                ended[0] = window;
                first[0] = true;
                return new Window(now, key, reason, 0);
            }
            return new Window(window.start(), key, reason, window.suppressed() + 1);
        });
        reportRepeats(ended[0]);
        if (first[0]) {
            record(key, reason, 0, Caller.current().origin());
        }
    }

    /** Writes the counted repeats of every minute that is over and forgets it. Called once a minute. */
    void flush(Instant now) {
        for (String keyId : windows.keySet()) {
            Window[] ended = {null};
            windows.computeIfPresent(keyId, (k, window) -> {
                if (window.endedBy(now)) {
                    ended[0] = window;
                    return null;
                }
                return window;
            });
            reportRepeats(ended[0]);
        }
    }

    private void reportRepeats(Window ended) {
        if (ended != null && ended.suppressed() > 0) {
            record(ended.key(), ended.lastReason(), ended.suppressed(), Origin.SYSTEM);
        }
    }

    private void record(KeyCache.Entry key, String reason, int repeats, Origin origin) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("id", key.id());
        details.put("owner", key.owner());
        details.put("reason", reason);
        details.put("repeats", Integer.toString(repeats));
        audit.record(new AuditEvent("apikey:" + key.keyId(), REJECTED, "apikey:" + key.keyId(), Outcome.FAILURE,
                origin, details));
    }
}
