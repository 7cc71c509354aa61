package io.custodian.platform.access.internal.service;

import java.time.Instant;
import java.util.List;

/**
 * A policy as the API shows it.
 *
 * @param id          stable id ({@code pol_...}, or {@code builtin-<role>} for shipped policies)
 * @param name        unique name
 * @param effect      {@code ALLOW} or {@code DENY}
 * @param principal   who it applies to, {@code role:Viewer}
 * @param permissions the patterns, sorted
 * @param condition   the condition, or null for always
 * @param validFrom   start, or null
 * @param validUntil  end (exclusive), or null
 * @param builtIn     shipped with Custodian: cannot be changed or deleted
 * @param active      whether it is in force now
 */
public record PolicyView(String id, String name, String effect, String principal, List<String> permissions,
                         String condition, Instant validFrom, Instant validUntil, boolean builtIn, boolean active) {

    String summary() {
        return "name=" + name + "; effect=" + effect + "; principal=" + principal + "; permissions="
                + Texts.list(permissions) + "; condition=" + condition + "; validFrom=" + validFrom
                + "; validUntil=" + validUntil;
    }
}
