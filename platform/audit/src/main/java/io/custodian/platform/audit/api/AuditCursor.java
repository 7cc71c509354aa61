package io.custodian.platform.audit.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Position in a newest-first listing: the next page starts below {@code sequence}. Clients see
 * only the opaque {@link #token()}.
 *
 * @param sequence the sequence of the last record of the previous page, positive
 */
public record AuditCursor(long sequence) {

    private static final String PREFIX = "seq:";

    public AuditCursor {
        if (sequence < 1) {
            throw new IllegalArgumentException("cursor sequence must be positive");
        }
    }

    /** The opaque text form handed to clients. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token made by {@link #token()}.
     *
     * @throws IllegalArgumentException if the token was not made by {@link #token()}
     */
    public static AuditCursor parse(String token) {
        if (token == null || token.length() > 64) {
            throw new IllegalArgumentException("malformed cursor");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cursor", e);
        }
        if (!text.startsWith(PREFIX) || text.length() > PREFIX.length() + 19) {
            throw new IllegalArgumentException("malformed cursor");
        }
        try {
            return new AuditCursor(Long.parseLong(text.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed cursor", e);
        }
    }
}
