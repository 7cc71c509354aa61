package io.custodian.catalog.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Reading the catalog. Thread-safe. */
@ProviderType
public interface CatalogService {

    /** The asset with this id, live or tombstoned. */
    Optional<Asset> find(long id);

    /**
     * The asset with this qualified name.
     *
     * @param sourceId the source to look in, or {@code null} for any source (the live asset wins over tombstones;
     *                 among several live ones, the lowest id)
     */
    Optional<Asset> findByQualifiedName(String sourceId, String qualifiedName);

    /**
     * Every asset with this qualified name, live or tombstoned, at most one per source, in id order; empty when
     * none. Lets a caller tell "not found" from "found in several sources".
     */
    List<Asset> findAllByQualifiedName(String qualifiedName);

    /**
     * One page of assets matching the query, in id order.
     *
     * @throws IllegalArgumentException if {@link AssetQuery#after()} is not a cursor an earlier page answered
     */
    AssetPage search(AssetQuery query);

    /** The asset's history, oldest first; for a table, view or file its columns' changes too. */
    List<SchemaChange> history(long assetId);
}
