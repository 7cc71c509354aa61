package io.custodian.scanning.internal.schedule;

import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.camel.builder.RouteBuilder;

/**
 * One Camel route per scheduled definition: a Quartz cron trigger ({@code quartz://custodian-scans/def-<id>}) that
 * starts a run of the definition. The cron expression travels as a {@code RAW(...)} option value, so its spaces,
 * {@code ?} and {@code #} reach Quartz unchanged.
 */
final class ScheduleRoutes extends RouteBuilder {

    /** The Quartz group of every scan trigger. */
    static final String GROUP = "custodian-scans";

    private final Map<Long, String> cronByDefinition;
    private final LongConsumer start;

    /**
     * @param cronByDefinition the Quartz cron expression of each scheduled definition, by id
     * @param start            starts a scheduled run of a definition id; must not throw
     */
    ScheduleRoutes(Map<Long, String> cronByDefinition, LongConsumer start) {
        this.cronByDefinition = Map.copyOf(cronByDefinition);
        this.start = start;
    }

    /** The id of the route of a definition. */
    static String routeId(long definitionId) {
        return "custodian-scan-def-" + definitionId;
    }

    /** The endpoint of a definition's trigger. */
    static String endpoint(long definitionId, String cron) {
        return "quartz://" + GROUP + "/def-" + definitionId + "?cron=RAW(" + cron + ")";
    }

    @Override
    public void configure() {
        cronByDefinition.forEach((definitionId, cron) -> from(endpoint(definitionId, cron))
                .routeId(routeId(definitionId))
                .process(exchange -> start.accept(definitionId)));
    }
}
