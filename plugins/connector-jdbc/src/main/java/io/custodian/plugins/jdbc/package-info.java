/**
 * The JDBC logic every database connector shares: connecting through a driver instance (never
 * {@link java.sql.DriverManager}, which cannot see a plugin's class loader), turning failures into a
 * {@link io.custodian.plugin.api.connector.Diagnosis}, enumerating metadata lazily, and pushing statistics and
 * sampling down to the database. Per-database differences live behind {@link io.custodian.plugins.jdbc.JdbcDialect}.
 *
 * <p>Not a plugin: each connector embeds these classes privately (bnd's {@code -conditionalpackage}).
 */
package io.custodian.plugins.jdbc;
