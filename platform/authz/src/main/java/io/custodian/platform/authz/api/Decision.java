package io.custodian.platform.authz.api;

/**
 * The engine's answer, with what decided it so an administrator can explain access.
 *
 * @param allowed   whether the request may proceed
 * @param decidedBy the deciding policy id, {@code delegation:<id>}, {@code scope} (an API key
 *                  scope refused it) or {@code default} (nothing allowed it)
 * @param reason    a sentence for people; never contains secrets
 */
public record Decision(boolean allowed, String decidedBy, String reason) {

    public static Decision allow(String decidedBy, String reason) {
        return new Decision(true, decidedBy, reason);
    }

    public static Decision deny(String decidedBy, String reason) {
        return new Decision(false, decidedBy, reason);
    }
}
