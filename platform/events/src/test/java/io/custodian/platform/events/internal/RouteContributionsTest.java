package io.custodian.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RouteContributionsTest {

    /** Stands in for a class only a contributing bundle can see. */
    static final class Contributed {
    }

    /** A contributing bundle's loader: the only one that knows {@code test.Ghost}. */
    static final ClassLoader BUNDLE_LOADER = new ClassLoader(null) {
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if ("test.Ghost".equals(name)) {
                return Contributed.class;
            }
            throw new ClassNotFoundException(name);
        }
    };

    private EventBusRuntime runtime;
    private CamelContext context;
    private RouteContributions contributions;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        runtime = EventBusRuntime.start(EventBusSettings.DEFAULTS, new SubscriberRegistry(), new EventCounters(),
                getClass().getClassLoader());
        context = runtime.camelContext();
        contributions = runtime.contributions();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() throws Exception {
        template.close();
        runtime.close();
    }

    private static RouteBuilder ping(String id) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + id).routeId(id).transform(simple("pong ${body}"));
            }
        };
    }

    @Test
    void contributedRoutesRunUntilRemoved() throws Exception {
        Set<String> added = contributions.add(42L, "bundle test", ping("ping"), BUNDLE_LOADER);

        assertEquals(Set.of("ping"), added);
        assertEquals("pong hello", template.requestBody("direct:ping", "hello", String.class));

        contributions.remove(42L);

        assertNull(context.getRoute("ping"));
        assertThrows(CamelExecutionException.class, () -> template.requestBody("direct:ping?block=false", "hello"));
        assertTrue(contributions.keys().isEmpty());
    }

    @Test
    void contributorsClassLoaderResolvesClassesOnlyWhileItsRoutesArePresent() throws Exception {
        assertNull(context.getClassResolver().resolveClass("test.Ghost"));

        contributions.add(1L, "bundle test", ping("first"), BUNDLE_LOADER);
        contributions.add(2L, "bundle test", ping("second"), BUNDLE_LOADER);
        assertSame(Contributed.class, context.getClassResolver().resolveClass("test.Ghost"));

        contributions.remove(1L);
        assertSame(Contributed.class, context.getClassResolver().resolveClass("test.Ghost"),
                "still used by the second contribution");

        contributions.remove(2L);
        assertNull(context.getClassResolver().resolveClass("test.Ghost"));
        assertTrue(context.getClassResolver().getClassLoaders().isEmpty());
    }

    @Test
    void invalidRoutesLeaveNothingBehind() {
        RouteBuilder broken = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:fine").routeId("fine").to("log:fine");
                from("no-such-component:x").routeId("broken").to("log:broken");
            }
        };

        assertThrows(Exception.class, () -> contributions.add(7L, "bundle broken", broken, BUNDLE_LOADER));

        assertNull(context.getRoute("fine"));
        assertNull(context.getRoute("broken"));
        assertTrue(context.getClassResolver().getClassLoaders().isEmpty());
        assertTrue(contributions.keys().isEmpty());
    }

    @Test
    void busRoutesAreNotAffectedByContributions() throws Exception {
        contributions.add(3L, "bundle test", ping("ping"), null);
        contributions.remove(3L);

        assertNotNull(context.getRoute(EventBusRoutes.DISPATCH_ROUTE));
        assertTrue(runtime.isRunning());
    }

    @Test
    void embeddedComponentsAndDataFormatsAreAvailable() throws Exception {
        for (String name : new String[] {"direct", "seda", "timer", "log", "quartz"}) {
            assertNotNull(context.getComponent(name), name);
        }
        assertNotNull(context.resolveDataFormat("jackson"));
        assertNotNull(context.resolveLanguage("simple"));
    }

    @Test
    void quartzAndTimerRoutesFire() throws Exception {
        CountDownLatch quartz = new CountDownLatch(1);
        CountDownLatch timer = new CountDownLatch(1);
        contributions.add(5L, "bundle scheduled", new RouteBuilder() {
            @Override
            public void configure() {
                from("quartz://custodian/test?trigger.repeatInterval=10&trigger.repeatCount=0").routeId("quartz")
                        .process(exchange -> quartz.countDown());
                from("timer:test?repeatCount=1&delay=0&includeMetadata=true").routeId("timer")
                        .process(exchange -> timer.countDown());
            }
        }, null);

        assertTrue(quartz.await(10, TimeUnit.SECONDS), "quartz route fired");
        assertTrue(timer.await(10, TimeUnit.SECONDS), "timer route fired");
        contributions.remove(5L);
    }
}
