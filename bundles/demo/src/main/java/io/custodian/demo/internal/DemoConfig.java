package io.custodian.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the demo source, PID {@code io.custodian.demo}. */
@ObjectClassDefinition(name = "Custodian demo source",
        description = "The demo shop database created and registered as the data source 'demo' on the first start")
public @interface DemoConfig {

    /** Configuration PID, the bundle's root package. */
    String PID = "io.custodian.demo";

    @AttributeDefinition(description = "Create and register the demo source on the first start; false for an "
            + "installation that should not hold made-up data")
    boolean enabled() default true;
}
