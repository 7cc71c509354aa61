package io.custodian.catalog.internal.store;

import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.internal.entity.AssetEntity;
import io.custodian.platform.persistence.api.Transactions;
import java.util.Map;
import javax.persistence.EntityManagerFactory;

/** Stores the latest profile of a table and its columns: one query for the columns, one batch of updates. */
public final class Profiles {

    private final EntityManagerFactory emf;

    public Profiles(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /**
     * Replaces the table's profile and those of the named columns; columns not named keep theirs, names that are
     * no column of the table are ignored (the table may have changed since it was profiled).
     *
     * @throws IllegalArgumentException if the table is not in the catalog
     */
    public void recordProfile(String sourceId, String tableQualifiedName, Map<String, Object> tableProfile,
                              Map<String, Map<String, Object>> columnProfiles) {
        DraftRules.checkSource(sourceId);
        String tableJson = MetadataJson.write(tableProfile);
        Transactions.run(emf, em -> {
            AssetEntity table = AssetQueries.byName(em, sourceId, tableQualifiedName);
            if (table == null) {
                throw new IllegalArgumentException("No asset " + tableQualifiedName + " in source " + sourceId);
            }
            table.setProfile(tableJson);
            if (columnProfiles == null || columnProfiles.isEmpty()) {
                return;
            }
            for (AssetEntity column : AssetQueries.children(em, table.getId())) {
                Map<String, Object> profile = columnProfiles.get(column.getName());
                if (profile != null && AssetType.COLUMN.name().equals(column.getType())) {
                    String json = MetadataJson.write(profile);
                    if (!json.equals(column.getProfile())) {
                        column.setProfile(json);
                    }
                }
            }
        });
    }
}
