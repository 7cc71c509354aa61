package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.AssetKind;

/**
 * A table or view as the schema's listing names it, before it is described.
 *
 * @param remarks the table's comment as listed, or {@code null}
 */
record ListedTable(String name, AssetKind kind, String remarks) {
}
