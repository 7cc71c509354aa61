package io.custodian.catalog.internal.store;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.api.SchemaChange;
import io.custodian.catalog.internal.entity.AssetChangeEntity;
import io.custodian.catalog.internal.entity.AssetEntity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;

/** Entities as API records. */
final class AssetRecords {

    private AssetRecords() {
    }

    /**
     * The assets of {@code rows}, in order. A live column is seen whenever its table is: marking an unchanged table
     * seen does not write its columns (on a re-scan of 10,000 tables that would be 200,000 row updates), so a live
     * column reports its table's last sighting unless its own is later.
     */
    static List<Asset> assets(EntityManager em, List<AssetEntity> rows) {
        Set<Long> tableIds = rows.stream().filter(AssetRecords::liveColumn).map(AssetEntity::getParentId)
                .collect(Collectors.toSet());
        Map<Long, AssetEntity> tables = tableIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT p FROM AssetEntity p WHERE p.id IN :ids", AssetEntity.class)
                .setParameter("ids", tableIds).getResultList().stream()
                .collect(Collectors.toMap(AssetEntity::getId, Function.identity()));
        return rows.stream().map(row -> asset(row, liveColumn(row) ? tables.get(row.getParentId()) : null)).toList();
    }

    /** One asset; see {@link #assets}. */
    static Asset asset(EntityManager em, AssetEntity row) {
        return assets(em, List.of(row)).get(0);
    }

    private static boolean liveColumn(AssetEntity e) {
        return AssetType.COLUMN.name().equals(e.getType()) && e.getRemovedAt() == null && e.getParentId() != null;
    }

    private static Asset asset(AssetEntity e, AssetEntity table) {
        boolean tableLater = table != null && table.getLastSeenAt() != null
                && (e.getLastSeenAt() == null || !table.getLastSeenAt().isBefore(e.getLastSeenAt()));
        return new Asset(e.getId(), e.getSourceId(), e.getQualifiedName(), e.getParentId(),
                AssetType.valueOf(e.getType()), e.getName(), MetadataJson.read(e.getTechnical()),
                MetadataJson.read(e.getProfile()), e.getChangeToken(), e.getFirstSeenRun(),
                tableLater ? table.getLastSeenRun() : e.getLastSeenRun(), e.getFirstSeenAt(),
                tableLater ? table.getLastSeenAt() : e.getLastSeenAt(), e.getRemovedAt(), e.getUpdatedAt());
    }

    static SchemaChange change(AssetChangeEntity e) {
        return new SchemaChange(e.getAssetId(), e.getQualifiedName(), e.getChangedAt(), e.getRunId(), e.getKind(),
                e.getField(), e.getBeforeValue(), e.getAfterValue());
    }
}
