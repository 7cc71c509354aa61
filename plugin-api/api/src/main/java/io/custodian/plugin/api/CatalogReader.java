package io.custodian.plugin.api;

import java.util.Optional;

/** Read access to catalog assets, granted by {@link Scope#CATALOG_READ}. */
public interface CatalogReader {

    /**
     * The asset with this qualified name (OpenLineage naming, for example
     * {@code postgres://db.example:5432/sales.public.customers}), or empty if the catalog has none.
     */
    Optional<CatalogAsset> find(String qualifiedName);
}
