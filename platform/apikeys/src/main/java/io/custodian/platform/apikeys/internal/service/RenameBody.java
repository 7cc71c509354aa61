package io.custodian.platform.apikeys.internal.service;

/**
 * A new name as sent to {@code PATCH /security/apikeys/{id}}.
 *
 * @param name 1 to 100 characters, unique among the owner's keys that are not revoked
 */
public record RenameBody(String name) {
}
