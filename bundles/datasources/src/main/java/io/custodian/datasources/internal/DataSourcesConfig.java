package io.custodian.datasources.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the data sources group, PID {@code io.custodian.datasources}. */
@ObjectClassDefinition(name = "Custodian data sources",
        description = "Health checks of registered data sources and where their secrets may be referenced from")
public @interface DataSourcesConfig {

    /** Configuration PID, the bundle's root package. */
    String PID = "io.custodian.datasources";

    @AttributeDefinition(description = "Seconds between two rounds of health checks of every data source; 0 turns "
            + "the checks off", min = "0")
    int healthCheckIntervalSeconds() default 300;

    @AttributeDefinition(description = "Folders a secret may reference a file in ({\"file\": \"/path\"}), comma "
            + "separated absolute paths; empty refuses file references. ${karaf.etc}, ${karaf.home} and ${karaf.data} "
            + "are replaced. The master key's folder is always refused.")
    String secretFileFolders() default "/run/secrets,${karaf.etc}/secrets";

    @AttributeDefinition(description = "Regular expression of the environment variables a secret may reference "
            + "({\"env\": \"NAME\"}); the master key's variables are always refused")
    String secretEnvNames() default "[A-Za-z_][A-Za-z0-9_]*";
}
