package io.custodian.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventBusSettingsTest {

    private static EventBusConfiguration config(int queueSize, int threads, long timeoutMs) {
        return new EventBusConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EventBusConfiguration.class;
            }

            @Override
            public int queue_size() {
                return queueSize;
            }

            @Override
            public int consumer_threads() {
                return threads;
            }

            @Override
            public long publish_timeout_ms() {
                return timeoutMs;
            }
        };
    }

    @Test
    void takesConfiguredValues() {
        assertEquals(new EventBusSettings(500, 4, Duration.ofMillis(250)),
                EventBusSettings.from(config(500, 4, 250)));
    }

    @Test
    void clampsOutOfRangeValuesInsteadOfFailing() {
        assertEquals(new EventBusSettings(1, 64, Duration.ZERO), EventBusSettings.from(config(0, 1000, -5)));
    }

    @Test
    void rejectsInvalidSettingsBuiltInCode() {
        assertThrows(IllegalArgumentException.class, () -> new EventBusSettings(0, 1, Duration.ZERO));
    }

    @Test
    void zeroTimeoutRefusesAtOnceWhenFull() {
        assertTrue(new EventBusSettings(5, 1, Duration.ZERO).publishQueueUri().contains("blockWhenFull=false"));
        assertTrue(EventBusSettings.DEFAULTS.publishQueueUri().contains("blockWhenFull=true&offerTimeout=100"));
    }
}
