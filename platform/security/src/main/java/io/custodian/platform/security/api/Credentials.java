package io.custodian.platform.security.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Credentials read from an HTTP {@code Authorization} header: either HTTP Basic (user and
 * password) or a bearer token. Shared by every HTTP entry point so they parse it the same way.
 *
 * @param user     user name for Basic, empty for Bearer
 * @param password password for Basic, empty for Bearer
 * @param token    bearer token, empty for Basic
 */
public record Credentials(String user, char[] password, String token) {

    /** Whether these are bearer credentials. */
    public boolean isBearer() {
        return !token.isEmpty();
    }

    /**
     * Parses an Authorization header value.
     *
     * @return empty when the header is absent, blank, of another scheme or malformed
     */
    public static Optional<Credentials> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        int space = value.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = value.substring(0, space);
        String rest = value.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer") && !rest.isEmpty()) {
            return Optional.of(new Credentials("", new char[0], rest));
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            return parseBasic(rest);
        }
        return Optional.empty();
    }

    private static Optional<Credentials> parseBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(decoded.substring(0, colon),
                decoded.substring(colon + 1).toCharArray(), ""));
    }

    @Override
    public String toString() {
        // Keeps passwords and tokens out of logs.
        return isBearer() ? "Credentials[bearer]" : "Credentials[basic user=" + user + "]";
    }
}
