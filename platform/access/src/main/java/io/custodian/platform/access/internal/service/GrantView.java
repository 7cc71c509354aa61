package io.custodian.platform.access.internal.service;

import java.time.Instant;

/**
 * A role grant as the API shows it.
 *
 * @param id         {@code grt_...}
 * @param principal  {@code user:alice} or {@code group:finance}
 * @param role       the role given
 * @param validFrom  start, or null
 * @param validUntil end (exclusive), or null
 * @param createdBy  who granted it
 * @param createdAt  when
 * @param active     whether it is in force now
 */
public record GrantView(String id, String principal, String role, Instant validFrom, Instant validUntil,
                        String createdBy, Instant createdAt, boolean active) {

    String summary() {
        return "principal=" + principal + "; role=" + role + "; validFrom=" + validFrom + "; validUntil=" + validUntil;
    }
}
