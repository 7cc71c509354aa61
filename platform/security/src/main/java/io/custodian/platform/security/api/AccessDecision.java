package io.custodian.platform.security.api;

/**
 * Answer of the authorisation hook.
 *
 * @param allowed whether the identity may perform the action
 * @param reason  which rule decided, for people debugging access; never contains secrets
 */
public record AccessDecision(boolean allowed, String reason) {

    public static AccessDecision allow(String reason) {
        return new AccessDecision(true, reason);
    }

    public static AccessDecision deny(String reason) {
        return new AccessDecision(false, reason);
    }
}
