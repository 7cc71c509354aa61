package io.custodian.platform.events.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;

/**
 * Renders a {@link DomainEvent} as a CloudEvents 1.0 event in the JSON event format, structured
 * content mode: one JSON object with the attributes {@code specversion}, {@code id}, {@code source},
 * {@code type}, {@code time} (RFC 3339, UTC), {@code subject} (omitted when empty, as the
 * specification requires a non-empty value when present), {@code datacontenttype}, the extension
 * attribute {@code actor}, and {@code data} as a JSON value.
 * <p>
 * Data values should be JSON-friendly (see {@link DomainEvent#data()}); {@code java.time} values and
 * {@link UUID}s are written as their ISO/string form. Thread-safe; the methods are static.
 */
public final class CloudEventsJson {

    /** Media type of a CloudEvent in structured JSON mode, for HTTP {@code Content-Type}. */
    public static final String MEDIA_TYPE = "application/cloudevents+json";

    /** The extension attribute carrying {@link DomainEvent#actor()}. */
    public static final String ACTOR_ATTRIBUTE = "actor";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("custodian-cloudevents")
                    // java.time without requiring jackson-datatype-jsr310 at runtime
                    .addSerializer(TemporalAccessor.class, ToStringSerializer.instance)
                    .addSerializer(UUID.class, ToStringSerializer.instance))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private CloudEventsJson() {
    }

    /**
     * The event as a CloudEvents JSON object.
     *
     * @param event the event, not {@code null}
     * @return a new, mutable JSON tree the caller may extend with further extension attributes
     * @throws IllegalArgumentException if a data value cannot be written as JSON
     */
    public static ObjectNode toJsonNode(DomainEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("specversion", DomainEvent.SPEC_VERSION);
        node.put("id", event.id());
        node.put("source", event.source());
        node.put("type", event.type());
        // Instant.toString() is ISO-8601 in UTC with a 'Z' offset, which is valid RFC 3339.
        node.put("time", event.time().toString());
        if (!event.subject().isEmpty()) {
            node.put("subject", event.subject());
        }
        node.put("datacontenttype", DomainEvent.DATA_CONTENT_TYPE);
        node.put(ACTOR_ATTRIBUTE, event.actor());
        node.set("data", MAPPER.valueToTree(event.data()));
        return node;
    }

    /**
     * The event as a CloudEvents JSON document.
     *
     * @param event the event, not {@code null}
     * @return compact JSON text
     * @throws IllegalArgumentException if a data value cannot be written as JSON
     */
    public static String toJson(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(toJsonNode(event));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("data of event " + event.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * The event as a UTF-8 encoded CloudEvents JSON document, for example an HTTP request body.
     *
     * @param event the event, not {@code null}
     * @return UTF-8 bytes of {@link #toJson(DomainEvent)}
     * @throws IllegalArgumentException if a data value cannot be written as JSON
     */
    public static byte[] toJsonBytes(DomainEvent event) {
        return toJson(event).getBytes(StandardCharsets.UTF_8);
    }
}
