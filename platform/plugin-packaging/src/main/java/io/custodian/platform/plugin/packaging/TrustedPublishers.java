package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.internal.Texts;
import java.security.PublicKey;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The publishers whose signatures the platform accepts, each with its Ed25519 public key. Configured as
 * {@code publisher=base64key} pairs separated by commas (the host's {@code trustedPublishers} setting), the
 * key being the base64 of its X.509 SubjectPublicKeyInfo encoding ({@link PluginSignatures#encodePublic}).
 */
public final class TrustedPublishers {

    /** The form of a publisher id. */
    public static final Pattern PUBLISHER_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final TrustedPublishers NONE = new TrustedPublishers(Map.of());

    private final Map<String, PublicKey> keys;

    private TrustedPublishers(Map<String, PublicKey> keys) {
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /**
     * Reads a {@code publisher=base64key,publisher=base64key} list; blank or {@code null} trusts nobody.
     *
     * @throws IllegalArgumentException naming the entry that is malformed, names a publisher twice, or holds no
     *                                  Ed25519 public key
     */
    public static TrustedPublishers parse(String config) {
        if (config == null || config.isBlank()) {
            return NONE;
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        String[] entries = config.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            // Split at the first '=' only: base64 keys end with '=' padding.
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Trusted publisher entry " + (i + 1) + " must be publisher=base64key, but it is "
                        + Texts.quote(entry) + ".");
            }
            String publisher = entry.substring(0, equals).strip();
            String key = entry.substring(equals + 1).strip();
            requireValidPublisher(publisher);
            if (keys.containsKey(publisher)) {
                throw new IllegalArgumentException("Trusted publisher " + Texts.quote(publisher) + " is listed twice.");
            }
            try {
                keys.put(publisher, PluginSignatures.decodePublic(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The key of trusted publisher " + Texts.quote(publisher) + " is not valid: "
                        + e.getMessage(), e);
            }
        }
        return new TrustedPublishers(keys);
    }

    /**
     * Trusts exactly {@code keys}.
     *
     * @throws IllegalArgumentException if a publisher id is malformed or listed twice
     */
    public static TrustedPublishers of(Collection<PublisherKey> keys) {
        Map<String, PublicKey> map = new LinkedHashMap<>();
        for (PublisherKey key : keys) {
            requireValidPublisher(key.publisher());
            if (map.put(key.publisher(), key.key()) != null) {
                throw new IllegalArgumentException("Trusted publisher " + Texts.quote(key.publisher()) + " is listed twice.");
            }
        }
        return new TrustedPublishers(map);
    }

    /** Trusts nobody: every signed plugin is refused as {@link PluginRejectedException.Reason#PUBLISHER_UNTRUSTED}. */
    public static TrustedPublishers none() {
        return NONE;
    }

    /** The key of {@code publisher}, or empty if it is not trusted. */
    public Optional<PublicKey> key(String publisher) {
        return publisher == null ? Optional.empty() : Optional.ofNullable(keys.get(publisher));
    }

    /** The trusted publisher ids, in configuration order. */
    public Set<String> publishers() {
        return keys.keySet();
    }

    /** The trusted publishers and their keys, in configuration order. */
    public List<PublisherKey> keys() {
        return keys.entrySet().stream().map(e -> new PublisherKey(e.getKey(), e.getValue())).toList();
    }

    private static void requireValidPublisher(String publisher) {
        if (publisher == null || !PUBLISHER_PATTERN.matcher(publisher).matches()) {
            throw new IllegalArgumentException("Trusted publisher id " + Texts.quote(publisher)
                    + " must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
    }

    @Override
    public String toString() {
        return "TrustedPublishers" + keys.keySet();
    }
}
