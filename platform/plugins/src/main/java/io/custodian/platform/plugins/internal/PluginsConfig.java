package io.custodian.platform.plugins.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the plugin host, PID {@code io.custodian.platform.plugins}. */
@ObjectClassDefinition(name = "Custodian plugin host",
        description = "Where plugins come from, whose signatures are trusted, how long a plugin call may take, "
                + "and what the first start installs")
public @interface PluginsConfig {

    /** Configuration PID, the bundle's root package. */
    String PID = "io.custodian.platform.plugins";

    @AttributeDefinition(description = "Marketplaces, comma separated: folders, file: URIs or http(s) URLs, each "
            + "holding an index.json. ${karaf.home} and ${karaf.data} are replaced.")
    String marketplaces() default "${karaf.home}/marketplace";

    @AttributeDefinition(description = "Publishers whose signed plugins may be installed, comma separated "
            + "publisher=key pairs; a key is the base64 of an Ed25519 X.509 SubjectPublicKeyInfo")
    String trustedPublishers() default "";

    @AttributeDefinition(description = "Largest plugin jar accepted from a marketplace or an upload, in bytes",
            min = "1")
    long maxJarBytes() default 52_428_800L;

    @AttributeDefinition(description = "Longest a single call into a plugin may take, in seconds; a call that takes "
            + "longer fails and is counted in the plugin's health", min = "1")
    int callTimeoutSeconds() default 10;

    @AttributeDefinition(description = "Plugin ids, comma separated, installed from the marketplaces on the first "
            + "start with every scope they request granted (for example h2,postgresql,mariadb,files). Done once: "
            + "the marker file ${karaf.data}/custodian/first-start.done records it, so a plugin an administrator "
            + "uninstalls later does not come back. Empty: nothing is installed")
    String installOnFirstStart() default "";
}
