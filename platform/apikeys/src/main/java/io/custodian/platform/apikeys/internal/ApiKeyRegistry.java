package io.custodian.platform.apikeys.internal;

import io.custodian.platform.apikeys.api.ApiKeyAuthenticator;
import io.custodian.platform.apikeys.api.ApiKeyPrincipal;
import io.custodian.platform.apikeys.internal.KeyFormat.PresentedKey;
import io.custodian.platform.apikeys.internal.store.ApiKeyStore;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.authz.api.SubjectDirectory;
import io.custodian.platform.persistence.api.SchemaMigrator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ApiKeyAuthenticator}, and the one owner of the key table, its cache and the
 * last-use bookkeeping. It depends only on the user directory, the database and the audit trail:
 * the security bundle, which provides the directory, consumes this service, so nothing here may
 * depend on the access decider or the REST runtime. The management service and the shell command
 * go through it so that every change in this JVM invalidates the cache.
 */
@Component(service = {ApiKeyAuthenticator.class, ApiKeyRegistry.class}, configurationPid = ApiKeysConfig.PID)
@Designate(ocd = ApiKeysConfig.class)
public class ApiKeyRegistry implements ApiKeyAuthenticator {

    /** How often pending last-use times are written: each key at most once per period. */
    static final Duration FLUSH_PERIOD = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyRegistry.class);

    private final ApiKeyStore store;
    private final Clock clock;
    private final KeyCache cache;
    private final UsageRecorder usage;
    private final RejectionAudit rejections;
    private volatile SubjectDirectory directory;
    private ScheduledExecutorService flusher;

    @Activate
    public ApiKeyRegistry(BundleContext context, @Reference SchemaMigrator migrator,
                          @Reference(target = "(osgi.unit.name=" + ApiKeyStore.PERSISTENCE_UNIT + ")")
                          EntityManagerFactory emf,
                          @Reference AuditService audit, ApiKeysConfig config) {
        this(migrated(migrator, context, emf), audit, Clock.systemUTC(), ttl(config));
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "custodian-apikeys-usage");
            thread.setDaemon(true);
            return thread;
        });
        long period = FLUSH_PERIOD.toSeconds();
        flusher.scheduleWithFixedDelay(this::scheduledFlush, period, period, TimeUnit.SECONDS);
    }

    /** Tests use this with a moved clock; nothing is scheduled, call {@link #flush()}. */
    ApiKeyRegistry(ApiKeyStore store, AuditService audit, Clock clock, Duration cacheTtl) {
        this.store = store;
        this.clock = clock;
        this.cache = new KeyCache(store, clock, cacheTtl);
        this.usage = new UsageRecorder(store);
        this.rejections = new RejectionAudit(audit);
    }

    /**
     * The directory is optional and dynamic: its provider (the security bundle) consumes this
     * authenticator, so the two must be able to start in either order. Without a directory no
     * owner can be confirmed and every key is refused.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDirectory(SubjectDirectory newDirectory) {
        directory = newDirectory;
    }

    void unbindDirectory(SubjectDirectory oldDirectory) {
        if (directory == oldDirectory) {
            directory = null;
        }
    }

    @Modified
    void modified(ApiKeysConfig config) {
        cache.ttl(ttl(config));
    }

    @Deactivate
    void deactivate() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        scheduledFlush();
    }

    @Override
    public Optional<ApiKeyPrincipal> authenticate(String presentedKey) {
        Optional<PresentedKey> presented = KeyFormat.parse(presentedKey);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        String keyId = presented.get().keyId();
        try {
            return cache.get(keyId).flatMap(key -> check(key, presented.get()));
        } catch (RuntimeException e) {
            // Fail closed: a database outage or a corrupt row refuses the key rather than failing the request.
            LOG.error("Could not check API key {}; refusing it", KeyFormat.prefix(keyId), e);
            return Optional.empty();
        }
    }

    private Optional<ApiKeyPrincipal> check(KeyCache.Entry key, PresentedKey presented) {
        Instant now = clock.instant();
        // The secret first: without it, nobody learns whether the key is revoked or expired.
        String refusal = !SecretHash.matches(key.secretHash(), presented.secret()) ? "wrong_secret"
                : key.revoked() ? "revoked"
                : key.expiredAt(now) ? "expired"
                : null;
        if (refusal == null) {
            SubjectDirectory bound = directory;
            if (bound == null) {
                LOG.warn("No user directory available; refusing API key {}", KeyFormat.prefix(key.keyId()));
                return Optional.empty();
            }
            if (bound.find(key.owner()).isEmpty()) {
                refusal = "owner_disabled";
            }
        }
        if (refusal != null) {
            rejections.rejected(key, refusal, now);
            return Optional.empty();
        }
        usage.used(key.id(), now);
        return Optional.of(new ApiKeyPrincipal(key.keyId(), key.owner(), key.scopes()));
    }

    @Override
    public boolean looksLikeApiKey(String bearerToken) {
        return KeyFormat.looksLikeKey(bearerToken);
    }

    /** The key table. Writers must call {@link #changed} after each commit. */
    public ApiKeyStore store() {
        return store;
    }

    /** Drops a key id from the cache after a change, so the change takes effect at once in this JVM. */
    public void changed(String keyId) {
        cache.invalidate(keyId);
    }

    /** The latest use of key {@code id} (row id) seen by this node and not yet written. */
    public Optional<Instant> pendingUse(String id) {
        return usage.pending(id);
    }

    /** Now, by the registry's clock. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Writes pending last-use times and pending rejection counts.
     *
     * @return how many keys' last-use times were written
     */
    public int flush() {
        rejections.flush(clock.instant());
        return usage.flush();
    }

    private void scheduledFlush() {
        // An exception escaping a scheduled task would silently cancel every later run.
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error("Could not flush API key usage; retrying in the next period", e);
        }
    }

    private static ApiKeyStore migrated(SchemaMigrator migrator, BundleContext context, EntityManagerFactory emf) {
        migrator.migrate(context.getBundle(), ApiKeyStore.UNIT);
        return new ApiKeyStore(emf);
    }

    private static Duration ttl(ApiKeysConfig config) {
        return Duration.ofSeconds(Math.max(1, config.cache_ttl_seconds()));
    }
}
