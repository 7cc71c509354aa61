package io.custodian.catalog.internal.store;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetPage;
import io.custodian.catalog.api.AssetQuery;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.api.SchemaChange;
import io.custodian.catalog.internal.entity.AssetChangeEntity;
import io.custodian.catalog.internal.entity.AssetEntity;
import io.custodian.platform.persistence.api.Transactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

/** Reads assets, pages of them, their history and change tokens. */
public final class AssetReader {

    private final EntityManagerFactory emf;

    public AssetReader(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public Optional<Asset> find(long id) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(AssetEntity.class, id))
                .map(row -> AssetRecords.asset(em, row)));
    }

    public Optional<Asset> findByQualifiedName(String sourceId, String qualifiedName) {
        if (sourceId != null) {
            return Transactions.read(emf, em -> Optional.ofNullable(AssetQueries.byName(em, sourceId, qualifiedName))
                    .map(row -> AssetRecords.asset(em, row)));
        }
        // The live asset wins over tombstones; among equals, the lowest id.
        return findAllByQualifiedName(qualifiedName).stream()
                .min(Comparator.comparing(Asset::removed).thenComparingLong(Asset::id));
    }

    /** Every asset with this qualified name, at most one per source, in id order. */
    public List<Asset> findAllByQualifiedName(String qualifiedName) {
        return Transactions.read(emf, em -> AssetRecords.assets(em, em.createQuery(
                        "SELECT a FROM AssetEntity a WHERE a.qualifiedName = :name ORDER BY a.id", AssetEntity.class)
                .setParameter("name", qualifiedName).getResultList()));
    }

    /**
     * One page in id order.
     *
     * @throws IllegalArgumentException if the query's cursor is not one of ours
     */
    public AssetPage search(AssetQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (query.sourceId() != null) {
            conditions.add("a.sourceId = :source");
            parameters.put("source", query.sourceId());
        }
        if (query.type() != null) {
            conditions.add("a.type = :type");
            parameters.put("type", query.type().name());
        }
        if (query.parentId() != null) {
            conditions.add("a.parentId = :parent");
            parameters.put("parent", query.parentId());
        }
        if (query.nameContains() != null && !query.nameContains().isEmpty()) {
            conditions.add("LOWER(a.qualifiedName) LIKE :contains ESCAPE '!'");
            parameters.put("contains", "%" + likeLiteral(query.nameContains().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!query.includeRemoved()) {
            conditions.add("a.removedAt IS NULL");
        }
        if (query.after() != null) {
            conditions.add("a.id > :after");
            parameters.put("after", AssetCursor.lastId(query.after()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return Transactions.read(emf, em -> {
            TypedQuery<AssetEntity> select = em.createQuery("SELECT a FROM AssetEntity a" + where + " ORDER BY a.id",
                    AssetEntity.class);
            parameters.forEach(select::setParameter);
            // One more than the page tells whether another page follows without counting.
            List<AssetEntity> rows = select.setMaxResults(query.limit() + 1).getResultList();
            boolean more = rows.size() > query.limit();
            List<Asset> items = AssetRecords.assets(em, rows.subList(0, Math.min(rows.size(), query.limit())));
            return new AssetPage(items, more ? AssetCursor.after(items.get(items.size() - 1).id()) : null);
        });
    }

    /** The asset's history, oldest first; for a table, view or file its columns' changes too. */
    public List<SchemaChange> history(long assetId) {
        return Transactions.read(emf, em -> {
            AssetEntity asset = em.find(AssetEntity.class, assetId);
            if (asset == null) {
                return List.<SchemaChange>of();
            }
            boolean withColumns = AssetType.valueOf(asset.getType()).holdsColumns();
            String jpql = "SELECT c FROM AssetChangeEntity c WHERE c.assetId = :id"
                    + (withColumns ? " OR c.parentId = :id" : "") + " ORDER BY c.id";
            return em.createQuery(jpql, AssetChangeEntity.class).setParameter("id", assetId).getResultList().stream()
                    .map(AssetRecords::change).toList();
        });
    }

    /** The change tokens of a parent's live direct children, by qualified name; empty for an unknown parent. */
    public Map<String, String> changeTokens(String sourceId, String parentQualifiedName) {
        return Transactions.read(emf, em -> {
            AssetEntity parent = parentQualifiedName == null ? null
                    : AssetQueries.byName(em, sourceId, parentQualifiedName);
            Map<String, String> tokens = new HashMap<>();
            if (parentQualifiedName == null || parent == null) {
                return tokens;
            }
            List<Object[]> rows = em.createQuery("SELECT a.qualifiedName, a.changeToken FROM AssetEntity a "
                    + "WHERE a.parentId = :parent AND a.removedAt IS NULL AND a.changeToken IS NOT NULL",
                    Object[].class).setParameter("parent", parent.getId()).getResultList();
            for (Object[] row : rows) {
                tokens.put((String) row[0], (String) row[1]);
            }
            return tokens;
        });
    }

    // '!' escapes LIKE's wildcards (the query declares it as the escape character).
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
