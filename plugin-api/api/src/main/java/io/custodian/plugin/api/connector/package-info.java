/**
 * The connector extension point: one kind of data source (a database engine, a file store).
 *
 * <p>The host asks a {@link io.custodian.plugin.api.connector.Connector} to describe itself, to test
 * settings, and to open a {@link io.custodian.plugin.api.connector.ConnectorSession} through which a scan
 * enumerates containers and assets as streams (never the whole source in memory), computes column
 * statistics inside the source, and takes bounded samples.
 */
package io.custodian.plugin.api.connector;
