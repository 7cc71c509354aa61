package io.custodian.datasources.internal.secrets;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.crypto.KeyRing;
import io.custodian.datasources.internal.crypto.MasterKey;
import io.custodian.datasources.internal.crypto.SealedSecret;
import io.custodian.datasources.internal.crypto.SecretCipher;
import io.custodian.datasources.internal.crypto.UnreadableSecretException;
import io.custodian.datasources.internal.store.StoredSecret;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Turns secrets as users give them into their stored form and back: values are sealed under the current master
 * key, references are checked and kept as they are; at use, ciphertexts are opened and references read.
 *
 * <p>Writes of secrets run {@link #sealing} (shared) and a master key rotation runs {@link #exclusively}: a secret
 * sealed under the old key while a rotation re-encrypts everything would be left behind under a key about to be
 * deleted. Thread-safe.
 */
public final class SecretVault {

    private final SecretCipher cipher;
    private volatile SecretReferences references;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private volatile KeyRing ring;

    public SecretVault(SecretCipher cipher, KeyRing ring, SecretReferences references) {
        this.cipher = cipher;
        this.ring = ring;
        this.references = references;
    }

    /** The keys in use now. */
    public KeyRing ring() {
        return ring;
    }

    /** Replaces the keys (after a rotation committed). */
    public void ring(KeyRing newRing) {
        ring = newRing;
    }

    /** Replaces what may be referenced (after a configuration change). */
    public void references(SecretReferences newReferences) {
        references = newReferences;
    }

    /** Why a reference may not be stored, if it may not. */
    public Optional<String> referenceProblem(SecretReference reference) {
        return references.problem(reference);
    }

    /** The stored form of {@code input} as secret {@code name} of source {@code sourceId}. */
    public StoredSecret seal(long sourceId, String name, SecretInput input) {
        if (input instanceof SecretInput.Reference reference) {
            return StoredSecret.referenced(name, reference.reference());
        }
        String value = ((SecretInput.Literal) input).value();
        return StoredSecret.sealed(name, cipher.seal(ring.current(), SecretCipher.binding(sourceId, name), value));
    }

    /**
     * The value of a stored secret of source {@code sourceId}, for a connector call only.
     *
     * @throws DataSourceException ({@code SECRET_UNAVAILABLE}) if a ciphertext cannot be opened or a reference read
     */
    public String reveal(long sourceId, StoredSecret secret) {
        String what = secret.name() + " of source " + sourceId;
        if (!secret.encrypted()) {
            return references.resolve(secret.reference(), what);
        }
        try {
            return cipher.open(ring, SecretCipher.binding(sourceId, secret.name()), secret.sealed(), what);
        } catch (UnreadableSecretException e) {
            throw new DataSourceException(DataSourceException.Reason.SECRET_UNAVAILABLE, e.getMessage());
        }
    }

    /** The value of a secret as a user gave it (a reference is read now). */
    public String reveal(String name, SecretInput input) {
        if (input instanceof SecretInput.Reference reference) {
            return references.resolve(reference.reference(), name);
        }
        return ((SecretInput.Literal) input).value();
    }

    /**
     * A stored ciphertext opened with the current keys and sealed again under {@code key}, or empty if it cannot be
     * opened (its key is lost, or it was altered).
     */
    public Optional<SealedSecret> reseal(long sourceId, StoredSecret secret, MasterKey key) {
        String binding = SecretCipher.binding(sourceId, secret.name());
        try {
            String value = cipher.open(ring, binding, secret.sealed(), secret.name() + " of source " + sourceId);
            return Optional.of(cipher.seal(key, binding, value));
        } catch (UnreadableSecretException e) {
            return Optional.empty();
        }
    }

    /** Runs a write of secrets; many may run at once, but not during {@link #exclusively}. */
    public <T> T sealing(Supplier<T> work) {
        return locked(lock.readLock(), work);
    }

    /** Runs work that changes the keys, while no secret is being written. */
    public <T> T exclusively(Supplier<T> work) {
        return locked(lock.writeLock(), work);
    }

    private static <T> T locked(Lock held, Supplier<T> work) {
        held.lock();
        try {
            return work.get();
        } finally {
            held.unlock();
        }
    }
}
