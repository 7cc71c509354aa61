package io.custodian.datasources.internal.service;

import io.custodian.datasources.internal.crypto.KeyRing;
import io.custodian.datasources.internal.crypto.MasterKey;
import io.custodian.datasources.internal.crypto.MasterKeyFiles;
import io.custodian.datasources.internal.crypto.MasterKeySource;
import io.custodian.datasources.internal.secrets.SecretVault;
import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.platform.audit.api.Outcome;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the stored secrets and the key files into one state at start, before anything uses them:
 * <ul>
 *   <li>a rotation that committed its re-encryption but had not moved {@code master.key.new} into place is finished;
 *       one that had not committed is undone (its new key deleted);</li>
 *   <li>secrets still sealed under an older key of the ring (a rotation's previous key, {@code
 *       CUSTODIAN_MASTER_KEY_PREVIOUS}, a key file next to the environment key) are re-encrypted under the current
 *       key, after which {@code master.key.previous} goes;</li>
 *   <li>secrets sealed under a key that is not loaded at all are reported: they cannot be opened until it is back.</li>
 * </ul>
 */
public final class KeyRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRecovery.class);

    private KeyRecovery() {
    }

    /** Recovers; the vault must hold {@code loaded}'s ring. */
    public static void recover(MasterKeySource.Loaded loaded, MasterKeyFiles files, DataSourceStore store,
                               SecretVault vault, SourceAudit audit, Clock clock) {
        if (!loaded.external()) {
            loaded.next().ifPresent(next -> finishOrUndo(next, files, store, vault));
        }
        KeyRing ring = vault.ring();
        MasterKey current = ring.current();
        DataSourceStore.ResealCount count = store.reseal(current.id(),
                (sourceId, secret) -> ring.find(secret.sealed().keyId()).isPresent()
                        ? vault.reseal(sourceId, secret, current) : Optional.empty(), clock.instant());
        if (count.resealed() > 0) {
            LOG.info("Re-encrypted {} stored secrets under master key {}", count.resealed(), current.id());
            Map<String, String> details = new LinkedHashMap<>();
            details.put("keyId", current.id());
            details.put("resealed", Integer.toString(count.resealed()));
            details.put("trigger", "start");
            audit.record(Actor.SYSTEM, SourceAudit.KEY_ROTATED, "datasource:master-key", Outcome.SUCCESS, details,
                    List.of());
        }
        Map<String, Long> byKey = new LinkedHashMap<>(store.encryptedByKey());
        byKey.remove(current.id());
        if (!loaded.external() && byKey.keySet().stream().noneMatch(ring.byId()::containsKey)) {
            files.delete(files.previous());
        }
        if (!byKey.isEmpty()) {
            LOG.error("{} stored secrets are encrypted under master keys that cannot open them (key ids and counts: {}); "
                    + "their sources cannot connect until the key is restored or the secrets are set again",
                    byKey.values().stream().mapToLong(Long::longValue).sum(), byKey);
        }
    }

    private static void finishOrUndo(MasterKey next, MasterKeyFiles files, DataSourceStore store, SecretVault vault) {
        if (store.encryptedByKey().getOrDefault(next.id(), 0L) > 0) {
            LOG.warn("Finishing a master key rotation that was interrupted after its secrets were re-encrypted");
            files.replace(files.next(), files.current());
            vault.ring(vault.ring().rotatedTo(next));
        } else {
            LOG.warn("Undoing a master key rotation that was interrupted before its secrets were re-encrypted");
            files.delete(files.next());
        }
    }
}
