package io.custodian.scanning.internal.rest;

import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javax.ws.rs.core.GenericType;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseBroadcaster;
import javax.ws.rs.sse.SseEventSink;

/** A JAX-RS {@link Sse} and {@link SseEventSink} pair that keeps the events sent, for resource tests without a server. */
final class RecordingSse implements Sse, SseEventSink {

    /** One event as built. */
    record Event(String name, String id, String comment, MediaType mediaType, Object data) implements OutboundSseEvent {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getComment() {
            return comment;
        }

        @Override
        public long getReconnectDelay() {
            return -1;
        }

        @Override
        public boolean isReconnectDelaySet() {
            return false;
        }

        @Override
        public Class<?> getType() {
            return data == null ? String.class : data.getClass();
        }

        @Override
        public Type getGenericType() {
            return getType();
        }

        @Override
        public MediaType getMediaType() {
            return mediaType;
        }

        @Override
        public Object getData() {
            return data;
        }
    }

    private final List<Event> sent = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    List<Event> sent() {
        return List.copyOf(sent);
    }

    CountDownLatch closedLatch() {
        return closed;
    }

    @Override
    public OutboundSseEvent.Builder newEventBuilder() {
        return new OutboundSseEvent.Builder() {
            private String name;
            private String id;
            private String comment;
            private MediaType mediaType;
            private Object data;

            @Override
            public OutboundSseEvent.Builder id(String value) {
                id = value;
                return this;
            }

            @Override
            public OutboundSseEvent.Builder name(String value) {
                name = value;
                return this;
            }

            @Override
            public OutboundSseEvent.Builder reconnectDelay(long milliseconds) {
                return this;
            }

            @Override
            public OutboundSseEvent.Builder mediaType(MediaType value) {
                mediaType = value;
                return this;
            }

            @Override
            public OutboundSseEvent.Builder comment(String value) {
                comment = value;
                return this;
            }

            @Override
            @SuppressWarnings("rawtypes")
            public OutboundSseEvent.Builder data(Class type, Object value) {
                data = value;
                return this;
            }

            @Override
            @SuppressWarnings("rawtypes")
            public OutboundSseEvent.Builder data(GenericType type, Object value) {
                data = value;
                return this;
            }

            @Override
            public OutboundSseEvent.Builder data(Object value) {
                data = value;
                return this;
            }

            @Override
            public OutboundSseEvent build() {
                return new Event(name, id, comment, mediaType, data);
            }
        };
    }

    @Override
    public SseBroadcaster newBroadcaster() {
        throw new UnsupportedOperationException("not used by the scan streams");
    }

    @Override
    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
        if (isClosed()) {
            throw new IllegalStateException("closed");
        }
        sent.add((Event) event);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
