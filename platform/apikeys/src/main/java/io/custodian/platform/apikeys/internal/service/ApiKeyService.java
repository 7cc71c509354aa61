package io.custodian.platform.apikeys.internal.service;

import io.custodian.platform.apikeys.internal.ApiKeyErrorCode;
import io.custodian.platform.apikeys.internal.ApiKeyRegistry;
import io.custodian.platform.apikeys.internal.KeyFormat;
import io.custodian.platform.apikeys.internal.KeyFormat.NewKey;
import io.custodian.platform.apikeys.internal.SecretHash;
import io.custodian.platform.apikeys.internal.entity.ApiKeyEntity;
import io.custodian.platform.apikeys.internal.store.ApiKeyStore;
import io.custodian.platform.apikeys.internal.store.ScopeText;
import io.custodian.platform.apikeys.internal.store.StoredKey;
import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.rest.api.CustodianException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creating, listing, renaming, rotating and revoking API keys. A key belongs to the user who
 * created it and is limited to scopes that user held at creation; every use is decided again
 * against the owner's rights at that moment, so it never grants more than either. Other users'
 * keys are visible only to holders of {@code apikey.admin} and answer 404 to everyone else.
 */
public final class ApiKeyService {

    static final String CREATED = "apikey.created";
    static final String RENAMED = "apikey.renamed";
    static final String ROTATED = "apikey.rotated";
    static final String REVOKED = "apikey.revoked";
    /** Recorded only when a caller without {@code apikey.admin} asks for other users' keys. */
    static final String LISTED = "apikey.listed";

    private final ApiKeyRegistry registry;
    private final ApiKeyStore store;
    private final Rights rights;
    private final ApiKeyAudit audit;
    private final KeyRules rules;
    // Name uniqueness is checked, then written: serialise those pairs within this JVM.
    private final Object nameLock = new Object();

    public ApiKeyService(ApiKeyRegistry registry, AccessDecider decider, AuditService audit, KeyRules rules) {
        this.registry = registry;
        this.store = registry.store();
        this.rights = new Rights(decider);
        this.audit = new ApiKeyAudit(audit);
        this.rules = rules;
    }

    /**
     * The caller's keys; with {@code owner} another user's, with {@code all} everyone's (both need
     * {@code apikey.admin}).
     */
    public List<ApiKeyView> list(String owner, boolean all) {
        String caller = Rights.callerUser();
        String wanted = owner == null || owner.isBlank() ? null : owner.trim();
        boolean others = all || (wanted != null && !wanted.equals(caller));
        if (others) {
            audit.attempt(LISTED, target -> {
                if (!rights.isAdmin(caller)) {
                    throw new CustodianException(ApiKeyErrorCode.NOT_ALLOWED,
                            "Listing other users' API keys needs " + Rights.ADMIN);
                }
                return null;
            });
        }
        Instant now = registry.now();
        return store.list(wanted != null ? wanted : all ? null : caller).stream()
                .map(key -> view(key, now)).toList();
    }

    /** Creates a key for the caller; the answer carries the key, which is not shown again. */
    public IssuedApiKey create(ApiKeyBody body) {
        return audit.attempt(CREATED, target -> {
            String owner = Rights.callerUser();
            Instant now = registry.now();
            FieldErrors errors = new FieldErrors();
            if (body == null) {
                errors.add("body", "a JSON object is required");
                errors.throwIfAny();
            }
            String name = KeyFields.name(body.name(), errors);
            Set<PermissionPattern> scopes = KeyFields.scopes(body.scopes(), errors);
            Instant expiresAt = KeyFields.expiresAt(body.expiresAt(), now, rules, errors);
            errors.throwIfAny();
            rights.requireHeld(owner, scopes);
            NewKey key = KeyFormat.newKey();
            StoredKey created;
            synchronized (nameLock) {
                requireFreeName(owner, name, null);
                created = store.insert(new ApiKeyEntity(KeyFormat.newId(), key.keyId(), owner, name,
                        SecretHash.hex(key.secret()), ScopeText.format(scopes), now, expiresAt));
            }
            registry.changed(key.keyId());
            audit.success(CREATED, key.keyId(), Map.of("id", created.id(), "owner", owner),
                    AuditChanges.diff(null, state(created)));
            return IssuedApiKey.of(key.text(), view(created, now));
        });
    }

    public ApiKeyView rename(String id, RenameBody body) {
        return audit.attempt(RENAMED, target -> {
            StoredKey key = visibleKey(id, target);
            FieldErrors errors = new FieldErrors();
            String name = KeyFields.name(body == null ? null : body.name(), errors);
            errors.throwIfAny();
            if (name.equals(key.name())) {
                return view(key, registry.now());
            }
            StoredKey renamed;
            synchronized (nameLock) {
                if (key.revokedAt() == null) {
                    requireFreeName(key.owner(), name, key.id());
                }
                renamed = store.update(key.id(), entity -> {
                    entity.rename(name);
                    return StoredKey.of(entity);
                }).orElseThrow(() -> notFound(id));
            }
            registry.changed(renamed.keyId());
            audit.success(RENAMED, renamed.keyId(), Map.of("id", renamed.id(), "owner", renamed.owner()),
                    AuditChanges.diff(Map.of("name", key.name()), Map.of("name", renamed.name())));
            return view(renamed, registry.now());
        });
    }

    /**
     * Replaces the key id and the secret; the previous key stops working at once. Only the owner
     * may rotate: the new key acts as its owner, so handing it to an administrator would let them
     * act as the owner.
     */
    public IssuedApiKey rotate(String id) {
        return audit.attempt(ROTATED, target -> {
            String caller = Rights.callerUser();
            StoredKey key = visibleKey(id, target);
            if (!caller.equals(key.owner())) {
                throw new CustodianException(ApiKeyErrorCode.NOT_ALLOWED,
                        "Only the owner may rotate an API key; revoke it instead");
            }
            Instant now = registry.now();
            if (!key.activeAt(now)) {
                throw inactive();
            }
            NewKey fresh = KeyFormat.newKey();
            StoredKey rotated = store.update(key.id(), entity -> {
                if (entity.getRevokedAt() != null) {
                    throw inactive();
                }
                entity.rotate(fresh.keyId(), SecretHash.hex(fresh.secret()), now);
                return StoredKey.of(entity);
            }).orElseThrow(() -> notFound(id));
            registry.changed(key.keyId());
            registry.changed(fresh.keyId());
            Map<String, Object> before = new HashMap<>();
            before.put("keyId", key.keyId());
            before.put("rotatedAt", key.rotatedAt());
            audit.success(ROTATED, fresh.keyId(), Map.of("id", rotated.id(), "owner", rotated.owner(),
                    "previousKeyId", key.keyId()), AuditChanges.diff(before,
                    Map.of("keyId", rotated.keyId(), "rotatedAt", rotated.rotatedAt())));
            return IssuedApiKey.of(fresh.text(), view(rotated, now));
        });
    }

    /** Revokes a key: it stops working at once on this node. Revoking a revoked key changes nothing. */
    public void revoke(String id) {
        audit.attempt(REVOKED, target -> {
            StoredKey key = visibleKey(id, target);
            if (key.revokedAt() != null) {
                return null;
            }
            Instant now = registry.now();
            StoredKey revoked = store.update(key.id(), entity -> {
                if (entity.getRevokedAt() == null) {
                    entity.revoke(now);
                }
                return StoredKey.of(entity);
            }).orElseThrow(() -> notFound(id));
            registry.changed(revoked.keyId());
            Map<String, Object> before = new HashMap<>();
            before.put("revokedAt", null);
            audit.success(REVOKED, revoked.keyId(), Map.of("id", revoked.id(), "owner", revoked.owner(),
                    "name", revoked.name()), AuditChanges.diff(before, Map.of("revokedAt", revoked.revokedAt())));
            return null;
        });
    }

    /** The key, if the caller owns it or holds {@code apikey.admin}; 404 otherwise, like an unknown id. */
    private StoredKey visibleKey(String id, ApiKeyAudit.Target target) {
        String caller = Rights.callerUser();
        target.requested(id);
        StoredKey key = id == null ? null : store.find(id).orElse(null);
        if (key == null || !(caller.equals(key.owner()) || rights.isAdmin(caller))) {
            throw notFound(id);
        }
        target.key(key);
        return key;
    }

    private void requireFreeName(String owner, String name, String exceptId) {
        if (store.nameTaken(owner, name, exceptId)) {
            throw new CustodianException(ApiKeyErrorCode.DUPLICATE_NAME,
                    "There is already an API key named '" + Texts.clip(name, 100) + "'");
        }
    }

    private ApiKeyView view(StoredKey key, Instant now) {
        return ApiKeyView.of(key, now, registry.pendingUse(key.id()));
    }

    /** The audited fields of a key: never the secret or its hash. */
    private static Map<String, Object> state(StoredKey key) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", key.name());
        state.put("owner", key.owner());
        state.put("scopes", key.scopes());
        state.put("expiresAt", key.expiresAt());
        return state;
    }

    private static CustodianException notFound(String id) {
        return new CustodianException(ApiKeyErrorCode.NOT_FOUND,
                "No API key with id '" + Texts.clip(id, 100) + "'");
    }

    private static CustodianException inactive() {
        return new CustodianException(ApiKeyErrorCode.INACTIVE, "A revoked or expired API key cannot be rotated");
    }
}
