package io.custodian.platform.metrics.internal.http;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.security.api.AuthenticationException;
import io.custodian.platform.security.api.Credentials;
import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.SecurityService;
import java.util.Arrays;

/** Turns an {@code Authorization} header into an identity through the security service. */
final class RequestAuthenticator {

    private final SecurityService security;

    RequestAuthenticator(SecurityService security) {
        this.security = security;
    }

    /**
     * @throws AuthenticationException with a message safe for the caller when the header is
     *                                 missing, malformed or not accepted
     */
    Identity authenticate(String authorization, Origin origin) {
        Credentials credentials = Credentials.parse(authorization).orElseThrow(
                () -> new AuthenticationException("Authentication is required: send HTTP Basic or Bearer credentials."));
        if (credentials.isBearer()) {
            return security.authenticateToken(credentials.token(), origin).orElseThrow(
                    () -> new AuthenticationException("The session token is unknown or expired."));
        }
        try {
            return security.authenticate(credentials.user(), credentials.password(), origin);
        } finally {
            Arrays.fill(credentials.password(), '\0'); // keep the password out of the heap once used
        }
    }
}
