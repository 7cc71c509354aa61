package io.custodian.scanning.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code io.custodian.scanning}. */
@ObjectClassDefinition(name = "Custodian scanning", description = "Scan runs of this node")
public @interface ScanningConfig {

    /** The PID. */
    String PID = "io.custodian.scanning";

    @AttributeDefinition(name = "Concurrent runs", description = "How many scan runs this node runs at once (1-32); "
            + "later runs wait as QUEUED. Each run also uses its definition's concurrency in worker threads.", min = "1", max = "32")
    int maxConcurrentRuns() default 2;

    @AttributeDefinition(name = "Node id", description = "Recorded on each run; at start, this node's runs left QUEUED or "
            + "RUNNING are marked FAILED. Empty: the karaf.name system property.")
    String nodeId() default "";
}
