package io.custodian.platform.persistence.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The kernel database: a pooled {@code javax.sql.DataSource} registered as an OSGi service with
 * {@code osgi.jndi.service.name=custodian}, which every group's persistence unit uses.
 */
@ProviderType
public interface Database {

    /** JNDI name under which the DataSource is registered; persistence.xml files refer to it. */
    String JNDI_NAME = "custodian";

    /** Product name as reported by the JDBC driver, for example {@code H2} or {@code PostgreSQL}. */
    String vendor();

    /** The JDBC URL with any credentials removed. */
    String safeUrl();

    /** Runs a validation query within a short timeout. Never throws. */
    DatabaseStatus check();

    /** Current figures of the connection pool. */
    PoolStats pool();
}
