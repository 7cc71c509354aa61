package io.custodian.platform.metrics.internal.http;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.security.api.AccessDecision;
import io.custodian.platform.security.api.AuthenticationException;
import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.SecurityService;
import io.custodian.platform.security.api.SessionToken;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SecurityService: users with passwords, session tokens, and one user ({@code prom})
 * holding {@code system.metrics}. Records the origins it was called with.
 */
final class TestSecurityService implements SecurityService {

    static final String METRICS_USER = "prom";

    private final Map<String, String> passwords = Map.of("prom", "s3cret", "alice", "wonder");
    private final Map<String, Identity> identities = Map.of(
            "prom", Identity.user("prom"),
            "alice", Identity.user("alice"));
    private final Map<String, String> tokens = Map.of("tok-prom", "prom", "tok-alice", "alice");
    final List<Origin> origins = new CopyOnWriteArrayList<>();
    final List<String> permissionsAsked = new CopyOnWriteArrayList<>();

    @Override
    public Identity authenticate(String user, char[] password, Origin origin) {
        origins.add(origin);
        String expected = passwords.get(user);
        if (expected == null || !expected.equals(new String(password))) {
            throw new AuthenticationException("Invalid user name or password.");
        }
        return identities.get(user);
    }

    @Override
    public SessionToken login(String user, char[] password, Origin origin) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Identity> authenticateToken(String token, Origin origin) {
        origins.add(origin);
        return Optional.ofNullable(tokens.get(token)).map(identities::get);
    }

    @Override
    public void logout(String token, Origin origin) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AccessDecision authorize(Identity identity, String permission, Origin origin) {
        permissionsAsked.add(permission);
        return identity.name().equals(METRICS_USER) && permission.equals("system.metrics")
                ? AccessDecision.allow("granted to " + METRICS_USER)
                : AccessDecision.deny("nothing grants " + permission);
    }
}
