package io.custodian.platform.access.internal.service;

import java.time.Instant;
import java.util.List;

/**
 * A delegation as the API shows it.
 *
 * @param id          {@code dlg_...}
 * @param delegator   who lends
 * @param delegate    who receives
 * @param permissions what is lent, sorted
 * @param validFrom   start
 * @param validUntil  end (exclusive)
 * @param createdAt   when it was made
 * @param active      whether it is within its period now (the delegate still gains only what the
 *                    delegator holds at the time of each request)
 */
public record DelegationView(String id, String delegator, String delegate, List<String> permissions,
                             Instant validFrom, Instant validUntil, Instant createdAt, boolean active) {

    String summary() {
        return "delegator=" + delegator + "; delegate=" + delegate + "; permissions=" + Texts.list(permissions)
                + "; validFrom=" + validFrom + "; validUntil=" + validUntil;
    }
}
