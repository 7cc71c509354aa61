package io.custodian.platform.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The kernel database connection. The shipped {@code etc/io.custodian.platform.persistence.cfg}
 * points at an embedded H2 file database; switching to PostgreSQL means changing {@code url},
 * {@code user} and {@code password} in that one file.
 */
@ObjectClassDefinition(name = "Custodian database", description = "Connection and pool of the kernel database")
@interface DatabaseConfig {

    @AttributeDefinition(description = "JDBC URL: jdbc:h2:file:... (embedded) or jdbc:postgresql://host:port/db")
    String url() default "jdbc:h2:file:./data/custodian/db/custodian";

    @AttributeDefinition(description = "Database user")
    String user() default "custodian";

    @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
            description = "Database password. Leave empty for the embedded H2 database: a random one is "
                    + "generated on first start and kept in data/custodian/db.secret (owner-only).")
    String password() default "";

    @AttributeDefinition(description = "Upper bound of the connection pool")
    int pool_maxSize() default 10;

    @AttributeDefinition(description = "Connections kept open when idle")
    int pool_minIdle() default 2;

    @AttributeDefinition(description = "How long a caller waits for a connection, in milliseconds")
    long pool_connectionTimeoutMs() default 10_000;
}
