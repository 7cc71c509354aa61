package io.custodian.catalog.internal;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.catalog.api.UpsertResult;
import io.custodian.catalog.internal.store.Tombstones;
import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventBus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes {@code io.custodian.catalog.asset.created}, {@code .changed} and {@code .removed} for assets other than
 * columns, after their transaction committed. The bus is optional: without it the catalog works and says nothing.
 */
final class CatalogEvents {

    static final String SOURCE = "/custodian/catalog";
    static final String CREATED = "io.custodian.catalog.asset.created";
    static final String CHANGED = "io.custodian.catalog.asset.changed";
    static final String REMOVED = "io.custodian.catalog.asset.removed";

    private volatile EventBus bus;

    void attach(EventBus eventBus) {
        this.bus = eventBus;
    }

    void detach(EventBus eventBus) {
        if (this.bus == eventBus) {
            this.bus = null;
        }
    }

    /**
     * After a store: created (also for a restored asset, which is back in the catalog) or changed; nothing for an
     * unchanged one.
     */
    void stored(String runId, AssetDraft draft, UpsertResult result, String actor) {
        EventBus target = bus;
        if (target == null || result.outcome() == UpsertOutcome.UNCHANGED) {
            return;
        }
        Map<String, Object> data = data(result.assetId(), draft.qualifiedName(), draft.sourceId(), draft.type().name(),
                runId);
        data.put("outcome", result.outcome().name());
        data.put("columnsAdded", result.columnsAdded());
        data.put("columnsChanged", result.columnsChanged());
        data.put("columnsRemoved", result.columnsRemoved());
        String type = result.outcome() == UpsertOutcome.CHANGED ? CHANGED : CREATED;
        target.publish(DomainEvent.of(type, SOURCE, "asset/" + result.assetId(), actor, data));
    }

    void removed(String runId, Tombstones.Removal removal, String actor) {
        EventBus target = bus;
        if (target == null) {
            return;
        }
        for (Tombstones.RemovedAsset asset : removal.children()) {
            publishRemoved(target, runId, asset, actor);
        }
        for (Tombstones.RemovedAsset asset : removal.descendants()) {
            publishRemoved(target, runId, asset, actor);
        }
    }

    private static void publishRemoved(EventBus target, String runId, Tombstones.RemovedAsset asset, String actor) {
        target.publish(DomainEvent.of(REMOVED, SOURCE, "asset/" + asset.id(), actor,
                data(asset.id(), asset.qualifiedName(), asset.sourceId(), asset.type().name(), runId)));
    }

    private static Map<String, Object> data(long id, String qualifiedName, String sourceId, String type,
                                            String runId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("qualifiedName", qualifiedName);
        data.put("sourceId", sourceId);
        data.put("type", type);
        if (runId != null) {
            data.put("runId", runId);
        }
        return data;
    }
}
