package io.custodian.datasources.internal.crypto;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The key that seals new secrets and every key that may still open older ones, by id. Immutable.
 *
 * @param current seals every new ciphertext
 * @param byId    every known key, the current one included
 */
public record KeyRing(MasterKey current, Map<String, MasterKey> byId) {

    /** Copies the keys and adds the current one. */
    public KeyRing {
        Objects.requireNonNull(current, "current");
        Map<String, MasterKey> keys = new LinkedHashMap<>(byId == null ? Map.of() : byId);
        keys.put(current.id(), current);
        byId = Map.copyOf(keys);
    }

    /** A ring of the current key and {@code older} ones. */
    public static KeyRing of(MasterKey current, Collection<MasterKey> older) {
        Map<String, MasterKey> keys = new LinkedHashMap<>();
        older.forEach(key -> keys.put(key.id(), key));
        return new KeyRing(current, keys);
    }

    /** The key with this id, if known. */
    public Optional<MasterKey> find(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    /** This ring with {@code next} as the current key; the old ones still open what they sealed. */
    public KeyRing rotatedTo(MasterKey next) {
        return new KeyRing(next, byId);
    }
}
