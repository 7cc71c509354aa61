/**
 * The PostgreSQL connector: {@link io.custodian.plugins.postgresql.PostgresConnector} on the shared JDBC logic,
 * with planner statistics, TABLESAMPLE and change tokens from the statistics collector; pgjdbc embedded.
 */
package io.custodian.plugins.postgresql;
