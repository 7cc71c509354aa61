package io.custodian.datasources.internal.service;

import io.custodian.datasources.internal.DataSourceErrorCode;
import io.custodian.datasources.internal.crypto.KeyRing;
import io.custodian.datasources.internal.crypto.MasterKey;
import io.custodian.datasources.internal.crypto.MasterKeyFiles;
import io.custodian.datasources.internal.crypto.MasterKeySource;
import io.custodian.datasources.internal.secrets.SecretVault;
import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rotates the master key file: a new random key is written to {@code master.key.new} and the current one copied
 * to {@code master.key.previous}; every stored secret is re-encrypted under the new key in one transaction; only
 * then does the new key replace {@code master.key} (an atomic move) and the previous copy go. A crash at any step
 * leaves files from which {@link KeyRecovery} finishes or undoes the rotation at the next start. No secret is
 * written meanwhile ({@link SecretVault#exclusively}).
 */
public final class KeyRotation {

    /**
     * A finished rotation.
     *
     * @param previousKeyId the key replaced
     * @param keyId         the key in use now
     * @param resealed      secrets re-encrypted
     * @param left          secrets left as they were because they could not be opened (their key was already lost)
     */
    public record Rotated(String previousKeyId, String keyId, int resealed, int left) {
    }

    private final DataSourceStore store;
    private final SecretVault vault;
    private final MasterKeyFiles files;
    private final boolean external;
    private final SourceAudit audit;
    private final SecureRandom random;
    private final Clock clock;

    /**
     * @param files    the key files
     * @param external whether the key comes from the environment, in which case rotation is refused
     */
    public KeyRotation(DataSourceStore store, SecretVault vault, MasterKeyFiles files, boolean external,
                       SourceAudit audit, SecureRandom random, Clock clock) {
        this.store = store;
        this.vault = vault;
        this.files = files;
        this.external = external;
        this.audit = audit;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Rotates the key as {@code actor}.
     *
     * @throws CustodianException {@code datasource.master_key_external} when the key comes from the environment
     */
    public Rotated rotate(Actor actor) {
        return audit.attempt(actor, SourceAudit.KEY_ROTATED, "datasource:master-key", () -> {
            if (external) {
                throw new CustodianException(DataSourceErrorCode.MASTER_KEY_EXTERNAL, "The master key comes from the "
                        + "environment variable " + MasterKeySource.ENV + ", so Custodian cannot replace it: set the new "
                        + "key there, the old one in " + MasterKeySource.ENV_PREVIOUS + ", and restart; the stored "
                        + "secrets are then re-encrypted under the new key");
            }
            Rotated rotated = vault.exclusively(this::rotateFiles);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("previousKeyId", rotated.previousKeyId());
            details.put("keyId", rotated.keyId());
            details.put("resealed", Integer.toString(rotated.resealed()));
            details.put("left", Integer.toString(rotated.left()));
            audit.record(actor, SourceAudit.KEY_ROTATED, "datasource:master-key", Outcome.SUCCESS, details, List.of());
            return rotated;
        });
    }

    private Rotated rotateFiles() {
        KeyRing ring = vault.ring();
        MasterKey previous = ring.current();
        MasterKey next = MasterKey.generate(random);
        DataSourceStore.ResealCount count;
        try {
            files.write(files.next(), next);
            files.write(files.previous(), previous);
            count = store.reseal(next.id(), (sourceId, secret) -> vault.reseal(sourceId, secret, next), clock.instant());
        } catch (RuntimeException e) {
            // Nothing committed: master.key still opens every secret.
            files.delete(files.next());
            files.delete(files.previous());
            throw e;
        }
        files.replace(files.next(), files.current());
        vault.ring(ring.rotatedTo(next));
        files.delete(files.previous());
        return new Rotated(previous.id(), next.id(), count.resealed(), count.left());
    }
}
