package io.custodian.platform.authz.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A user, group or role by name, written {@code user:alice}, {@code group:finance} or {@code role:Viewer}.
 *
 * @param type what kind of principal
 * @param name its name
 */
public record PrincipalRef(PrincipalType type, String name) {

    public PrincipalRef {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("principal name is required");
        }
    }

    /**
     * Parses {@code <type>:<name>}.
     *
     * @throws IllegalArgumentException if the type is unknown or the name empty
     */
    public static PrincipalRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected user:<name>, group:<name> or role:<name>, got " + text);
        }
        PrincipalType type;
        try {
            type = PrincipalType.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown principal type in " + text, e);
        }
        return new PrincipalRef(type, text.substring(colon + 1));
    }

    public static PrincipalRef user(String name) {
        return new PrincipalRef(PrincipalType.USER, name);
    }

    public static PrincipalRef group(String name) {
        return new PrincipalRef(PrincipalType.GROUP, name);
    }

    public static PrincipalRef role(String name) {
        return new PrincipalRef(PrincipalType.ROLE, name);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
