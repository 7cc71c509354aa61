/**
 * The catalog's assets as other groups use them. {@link io.custodian.catalog.api.CatalogService} reads
 * assets and their history; {@link io.custodian.catalog.api.CatalogUpdates} is how a scan writes what it
 * found. Assets form a hierarchy (source, database, schema or folder, table, view or file, column), each
 * with a qualified name following the OpenLineage naming convention, for example
 * {@code postgres://db.example.com:5432/sales.public.orders}; a column's is its table's followed by
 * {@code #} and the column name.
 */
@Export
@Version("1.0.0")
package io.custodian.catalog.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
