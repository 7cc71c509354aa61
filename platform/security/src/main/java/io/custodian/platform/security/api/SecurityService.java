package io.custodian.platform.security.api;

import io.custodian.platform.audit.api.Origin;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Authentication and the authorisation hook of the platform. Every REST call is authenticated
 * through {@link #authenticate} or {@link #authenticateToken} and then passes {@link #authorize}
 * with the permission the resource method declares. Every attempt is audited by the implementation.
 */
@ProviderType
public interface SecurityService {

    /**
     * Checks a user name and password (HTTP Basic).
     *
     * @throws AuthenticationException if they are not accepted
     */
    Identity authenticate(String user, char[] password, Origin origin);

    /**
     * Checks credentials and opens a session.
     *
     * @throws AuthenticationException if they are not accepted
     */
    SessionToken login(String user, char[] password, Origin origin);

    /** The identity of a live session token, or empty if unknown or expired. */
    Optional<Identity> authenticateToken(String token, Origin origin);

    /** Ends a session; unknown tokens are ignored. */
    void logout(String token, Origin origin);

    /**
     * The authorisation hook: may {@code identity} perform {@code permission}
     * ({@code <domain>.<action>[:<resource-id>]})? Denials are audited.
     */
    AccessDecision authorize(Identity identity, String permission, Origin origin);
}
