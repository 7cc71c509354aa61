package io.custodian.datasources.internal.secrets;

import java.util.Objects;

/**
 * A secret kept outside Custodian: an environment variable of the server process, or a file it can read. Stored
 * as {@code env:NAME} or {@code file:/path} and read each time the secret is used.
 *
 * @param kind   where to look
 * @param target the variable name or the absolute file path
 */
public record SecretReference(Kind kind, String target) {

    /** Where a referenced secret lives. */
    public enum Kind {
        /** An environment variable of the server process. */
        ENV("env"),
        /** A file on the server. */
        FILE("file");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** {@code env} or {@code file}, as in the JSON form and the stored text. */
        public String prefix() {
            return prefix;
        }
    }

    /** Rejects a missing kind or target. */
    public SecretReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    /** An environment variable reference. */
    public static SecretReference env(String name) {
        return new SecretReference(Kind.ENV, name);
    }

    /** A file reference. */
    public static SecretReference file(String path) {
        return new SecretReference(Kind.FILE, path);
    }

    /**
     * The reference a stored text names.
     *
     * @throws IllegalArgumentException if it is neither {@code env:...} nor {@code file:...}
     */
    public static SecretReference parse(String stored) {
        for (Kind kind : Kind.values()) {
            if (stored.startsWith(kind.prefix() + ":")) {
                return new SecretReference(kind, stored.substring(kind.prefix().length() + 1));
            }
        }
        throw new IllegalArgumentException("not a secret reference: it starts with neither env: nor file:");
    }

    /** {@code env:NAME} or {@code file:/path}. */
    public String text() {
        return kind.prefix() + ":" + target;
    }
}
