package io.custodian.platform.access.internal.service;

import java.util.List;

/**
 * A policy as sent to {@code POST /security/policies} and {@code PUT /security/policies/{id}}.
 *
 * @param name        unique name
 * @param effect      {@code ALLOW} or {@code DENY}; a matching deny beats every allow
 * @param principal   {@code role:<name>}, {@code group:<name>} or {@code user:<name>}
 * @param permissions permission patterns, for example {@code datasource.scan:42} or {@code catalog.*}
 * @param condition   optional expression over {@code user.*}, {@code resource.*} and {@code request.*}
 * @param validFrom   optional ISO-8601 start, for example {@code 2025-03-01T09:00:00Z}
 * @param validUntil  optional ISO-8601 end (exclusive)
 */
public record PolicyBody(String name, String effect, String principal, List<String> permissions, String condition,
                         String validFrom, String validUntil) {
}
