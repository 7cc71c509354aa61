package io.custodian.platform.access.internal.service;

/**
 * A role grant as sent to {@code POST /security/grants}.
 *
 * @param principal  {@code user:<name>} or {@code group:<name>}
 * @param role       an existing role
 * @param validFrom  optional ISO-8601 start
 * @param validUntil optional ISO-8601 end (exclusive); the grant stops counting at that instant
 */
public record GrantBody(String principal, String role, String validFrom, String validUntil) {
}
