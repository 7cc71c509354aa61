package io.custodian.datasources.internal.service;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.Problems;
import io.custodian.datasources.internal.store.StoredSecret;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The audit records of the data sources group. Every operation runs through {@link #attempt}: a refusal is
 * recorded with outcome {@code FAILURE} (or {@code DENIED} for a 403) and its code and sentence; the operation
 * records its own success. Resources are {@code datasource:<id>}. Secret values never reach a record: a source is
 * audited through {@link #view}, which shows a secret only as a marker, and the trail redacts secret-looking
 * fields once more.
 */
public final class SourceAudit {

    public static final String CREATED = "datasource.create";
    public static final String UPDATED = "datasource.update";
    public static final String DELETED = "datasource.delete";
    public static final String TESTED = "datasource.test";
    public static final String KEY_ROTATED = "datasource.master_key_rotate";
    public static final String WENT_DOWN = "datasource.down";
    public static final String CAME_UP = "datasource.up";

    /** How a secret that is set shows in a change record. */
    static final String SECRET_SET = "(secret set)";
    /** How a secret given anew shows in a change record. */
    static final String SECRET_CHANGED = "(secret changed)";

    private static final int MAX_REASON = 500;

    private final AuditService audit;

    public SourceAudit(AuditService audit) {
        this.audit = audit;
    }

    /** The resource name of a source. */
    public static String resource(long id) {
        return "datasource:" + id;
    }

    /** Runs {@code work}; if it throws, records the refusal of {@code action} on {@code resource} and rethrows. */
    public <T> T attempt(Actor actor, String action, String resource, Supplier<T> work) {
        try {
            return work.get();
        } catch (CustodianException e) {
            Outcome outcome = e.errorCode().status() == 403 ? Outcome.DENIED : Outcome.FAILURE;
            record(actor, action, resource, outcome, refusal(e.errorCode().code(), e.getMessage()), List.of());
            throw e;
        } catch (DataSourceException e) {
            record(actor, action, resource, Outcome.FAILURE, refusal(Problems.code(e.reason()).code(), e.getMessage()),
                    List.of());
            throw e;
        } catch (RuntimeException e) {
            record(actor, action, resource, Outcome.FAILURE, Map.of("code", "internal.error"), List.of());
            throw e;
        }
    }

    /** Records what {@code actor} did. */
    public void record(Actor actor, String action, String resource, Outcome outcome, Map<String, String> details,
                       List<FieldChange> changes) {
        audit.record(new AuditEvent(actor.name(), action, resource, outcome, actor.origin(), details)
                .withChanges(changes));
    }

    /**
     * A source as audited changes compare it: its fields, each setting, and each secret as a marker
     * ({@link #SECRET_CHANGED} for those in {@code changedSecrets}, {@link #SECRET_SET} for the others).
     */
    public static Map<String, String> view(StoredSource source, Collection<String> changedSecrets) {
        Map<String, String> view = new TreeMap<>();
        if (source == null) {
            return view;
        }
        view.put("name", source.name());
        view.put("type", source.type());
        view.put("owner", source.fields().owner());
        view.put("tags", String.join(", ", source.fields().tags()));
        view.put("description", source.fields().description());
        source.fields().settings().forEach((key, value) -> view.put("settings." + key, value));
        for (StoredSecret secret : source.secrets().values()) {
            view.put("secrets." + secret.name(), changedSecrets.contains(secret.name()) ? SECRET_CHANGED : SECRET_SET);
        }
        return view;
    }

    /** The details of a change record: the source's name and type, so a search finds it by name. */
    public static Map<String, String> about(StoredSource source) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", source.name());
        details.put("type", source.type());
        return details;
    }

    /** The changes between two audited views. */
    public static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        return AuditChanges.diff(before, after);
    }

    private static Map<String, String> refusal(String code, String reason) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("code", code);
        String text = reason == null ? "" : reason;
        details.put("reason", text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "..." : text);
        return details;
    }
}
