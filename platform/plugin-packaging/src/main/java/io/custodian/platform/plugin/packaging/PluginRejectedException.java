package io.custodian.platform.plugin.packaging;

import java.util.Locale;
import java.util.Objects;

/**
 * A plugin jar, manifest, signature or marketplace index was refused. The message is a sentence for the
 * administrator naming the field or file at fault (never a stack trace); {@link #reason()} says which check
 * refused it, and {@link Reason#code()} is the stable code for REST errors and audit records.
 */
public class PluginRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Which check refused the plugin. */
    public enum Reason {
        /** The jar has no {@code META-INF/custodian-plugin.json}. */
        MANIFEST_MISSING,
        /** The manifest is not valid JSON, misses a field, or a field has the wrong type or value. */
        MANIFEST_INVALID,
        /** A jar, manifest, index or download is larger than its limit, or a jar holds too many entries. */
        TOO_LARGE,
        /** A jar entry or a marketplace file name could escape its folder (zip-slip) or is otherwise unsafe. */
        UNSAFE_ENTRY,
        /** The file is empty, not a zip archive, or damaged. */
        NOT_A_JAR,
        /** A declared kind has no {@code META-INF/services} file, or the file names no class in the jar. */
        NO_EXTENSIONS,
        /** The plugin's platform range does not include this platform's version. */
        PLATFORM_UNSUPPORTED,
        /** The jar's SHA-256 differs from the one the marketplace index lists. */
        CHECKSUM_MISMATCH,
        /** The plugin carries no publisher signature. */
        SIGNATURE_MISSING,
        /** The signature does not verify against the publisher's key. */
        SIGNATURE_INVALID,
        /** The signing publisher is not among the trusted publishers. */
        PUBLISHER_UNTRUSTED,
        /** The marketplace index is not valid JSON, misses a field, or a field has the wrong type or value. */
        INDEX_INVALID,
        /** The marketplace, plugin, version or file does not exist. */
        NOT_FOUND,
        /** A marketplace could not be reached or a download failed (timeout, refused connection, HTTP error). */
        DOWNLOAD_FAILED,
        /** The jar's manifest names another id, version or scopes than the marketplace index entry. */
        MISMATCH;

        /** The stable code, {@code plugin.} and the name in lower case: {@code plugin.signature_invalid}. */
        public String code() {
            return "plugin." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    /**
     * @param reason  which check refused the plugin
     * @param message a sentence for the administrator naming the field or file at fault
     */
    public PluginRejectedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param reason  which check refused the plugin
     * @param message a sentence for the administrator naming the field or file at fault
     * @param cause   the underlying failure, kept for logs; it never shows in the message
     */
    public PluginRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Which check refused the plugin. */
    public Reason reason() {
        return reason;
    }

    /** Shorthand for {@code reason().code()}, for example {@code plugin.checksum_mismatch}. */
    public String code() {
        return reason.code();
    }
}
