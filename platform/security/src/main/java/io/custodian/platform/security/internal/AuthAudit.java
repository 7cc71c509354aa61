package io.custodian.platform.security.internal;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import java.time.Instant;
import java.util.Map;

/** The audit records of authentication and authorisation. Never given a password or token. */
final class AuthAudit {

    static final String LOGIN = "auth.login";
    static final String LOGOUT = "auth.logout";
    static final String LOCKOUT = "auth.lockout";
    static final String PASSWORD_CHANGED = "auth.password_changed";
    static final String APIKEY_REJECTED = "auth.apikey_rejected";
    static final String PERMISSION_DENIED = "security.permission_denied";

    private final AuditService audit;

    AuthAudit(AuditService audit) {
        this.audit = audit;
    }

    /** @param method {@code session} for a login, {@code basic} for a per-request Basic check */
    void loginSucceeded(String user, String method, Origin origin) {
        audit.record(new AuditEvent(user, LOGIN, resource(user), Outcome.SUCCESS, origin, Map.of("method", method)));
    }

    void loginFailed(String userTried, String method, String reason, Origin origin) {
        audit.record(new AuditEvent(userTried, LOGIN, resource(userTried), Outcome.FAILURE, origin,
                Map.of("method", method, "reason", reason)));
    }

    void lockedOut(String user, Instant until, Origin origin) {
        audit.record(new AuditEvent(user, LOCKOUT, resource(user), Outcome.SUCCESS, origin,
                Map.of("lockedUntil", until.toString())));
    }

    void loggedOut(String user, Origin origin) {
        audit.record(new AuditEvent(user, LOGOUT, resource(user), Outcome.SUCCESS, origin, Map.of()));
    }

    void passwordChanged(String user, Origin origin) {
        audit.record(new AuditEvent(user, PASSWORD_CHANGED, resource(user), Outcome.SUCCESS, origin, Map.of()));
    }

    void passwordChangeFailed(String user, String reason, Origin origin) {
        audit.record(new AuditEvent(user, PASSWORD_CHANGED, resource(user), Outcome.FAILURE, origin,
                Map.of("reason", reason)));
    }

    /** A bearer token that looked like an API key was refused (unknown, revoked, expired or wrong secret). */
    void apiKeyRejected(Origin origin) {
        audit.record(new AuditEvent("anonymous", APIKEY_REJECTED, "apikey", Outcome.FAILURE, origin, Map.of()));
    }

    void permissionDenied(String user, String permission, String reason, Origin origin) {
        audit.record(new AuditEvent(user, PERMISSION_DENIED, "permission:" + clean(permission), Outcome.DENIED,
                origin, Map.of("reason", clean(reason))));
    }

    /** Text that may come from a request, made safe for the trail: no control characters, bounded length. */
    private static String clean(String text) {
        String cleaned = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }

    private static String resource(String user) {
        return "user:" + user;
    }
}
