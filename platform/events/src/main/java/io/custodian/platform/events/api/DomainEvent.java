package io.custodian.platform.events.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A domain event in the shape of a CloudEvents 1.0 event (JSON format): {@code specversion},
 * {@code id}, {@code source}, {@code type}, {@code time}, {@code subject}, {@code datacontenttype},
 * {@code data}, plus the extension attribute {@code actor} (who caused it).
 *
 * @param id      unique per event
 * @param source  URI-reference of the producer, for example {@code /custodian/kernel}
 * @param type    reverse-DNS event type, for example {@code io.custodian.kernel.started}
 * @param time    when it happened
 * @param subject what it is about within the source, for example {@code bundle/42}; may be empty
 * @param actor   who caused it: a user name, {@code apikey:<id>} or {@code system}
 * @param data    the payload; values must be JSON-friendly (strings, numbers, booleans, lists, maps)
 */
public record DomainEvent(String id, String source, String type, Instant time, String subject,
                          String actor, Map<String, Object> data) {

    /** The CloudEvents specification version these events follow. */
    public static final String SPEC_VERSION = "1.0";
    /** Content type of {@link #data()}. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        subject = subject == null ? "" : subject;
        actor = actor == null ? "system" : actor;
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** A new event with a random id, stamped now. */
    public static DomainEvent of(String type, String source, String subject, String actor, Map<String, Object> data) {
        return new DomainEvent(UUID.randomUUID().toString(), source, type, Instant.now(), subject, actor, data);
    }
}
