/** The H2 connector: {@link io.custodian.plugins.h2.H2Connector} on the shared JDBC logic, with H2's driver embedded. */
package io.custodian.plugins.h2;
