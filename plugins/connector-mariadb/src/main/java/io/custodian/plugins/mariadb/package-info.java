/**
 * The MariaDB and MySQL connector: {@link io.custodian.plugins.mariadb.MariaDbConnector} on the shared JDBC logic,
 * with databases as schemas, view SQL and change tokens from information_schema and LIMIT samples; the MariaDB
 * driver embedded.
 */
package io.custodian.plugins.mariadb;
