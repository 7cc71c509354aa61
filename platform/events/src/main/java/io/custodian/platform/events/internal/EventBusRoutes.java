package io.custodian.platform.events.internal;

import org.apache.camel.builder.RouteBuilder;

/** The bus's own routes: the publish queue into the dispatcher, and one route per delivery lane. */
final class EventBusRoutes extends RouteBuilder {

    static final String DISPATCH_ROUTE = "custodian-events-dispatch";
    static final String LANE_ROUTE_PREFIX = "custodian-events-lane-";

    private final EventBusSettings settings;
    private final EventDispatcher dispatcher;
    private final LaneDeliverer deliverer;

    EventBusRoutes(EventBusSettings settings, EventDispatcher dispatcher, LaneDeliverer deliverer) {
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.deliverer = deliverer;
    }

    @Override
    public void configure() {
        // The processors never throw for a listener's failure; nothing here should be redelivered.
        errorHandler(noErrorHandler());
        from(settings.publishQueueUri()).routeId(DISPATCH_ROUTE).process(dispatcher);
        for (int lane = 0; lane < settings.consumerThreads(); lane++) {
            from(settings.laneUri(lane)).routeId(LANE_ROUTE_PREFIX + lane).process(deliverer);
        }
    }
}
