package io.custodian.platform.events.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CloudEventsJsonTest {

    /** CloudEvents 1.0: attribute names are lower-case ASCII letters and digits, at most 20 recommended. */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z0-9]{1,20}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final DomainEvent EVENT = new DomainEvent("4f1c", "/custodian/kernel", "io.custodian.kernel.started",
            Instant.parse("2025-11-21T10:15:30.123Z"), "bundle/42", "alice",
            Map.of("name", "catalog", "count", 3, "tags", List.of("a", "b"), "enabled", true));

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    @Test
    void rendersRequiredAndOptionalAttributes() throws Exception {
        JsonNode json = parse(CloudEventsJson.toJson(EVENT));

        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("4f1c", json.get("id").asText());
        assertEquals("/custodian/kernel", json.get("source").asText());
        assertEquals("io.custodian.kernel.started", json.get("type").asText());
        assertEquals("2025-11-21T10:15:30.123Z", json.get("time").asText());
        assertEquals("bundle/42", json.get("subject").asText());
        assertEquals("application/json", json.get("datacontenttype").asText());
        assertEquals("alice", json.get("actor").asText());
        assertEquals("catalog", json.get("data").get("name").asText());
        assertEquals(3, json.get("data").get("count").asInt());
        assertEquals("b", json.get("data").get("tags").get(1).asText());
        assertTrue(json.get("data").get("enabled").asBoolean());
    }

    @Test
    void requiredAttributesAreNonEmptyStrings() throws Exception {
        JsonNode json = parse(CloudEventsJson.toJson(EVENT));

        for (String required : List.of("id", "source", "specversion", "type")) {
            assertTrue(json.hasNonNull(required), required);
            assertTrue(json.get(required).isTextual(), required);
            assertFalse(json.get(required).asText().isEmpty(), required);
        }
    }

    @Test
    void attributeNamesFollowTheCloudEventsNamingRule() throws Exception {
        JsonNode json = parse(CloudEventsJson.toJson(EVENT));

        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(ATTRIBUTE_NAME.matcher(name).matches(), name);
        }
    }

    @Test
    void timeIsRfc3339() throws Exception {
        DomainEvent now = DomainEvent.of("io.custodian.test", "/test", "", "system", Map.of());

        String time = parse(CloudEventsJson.toJson(now)).get("time").asText();

        assertEquals(now.time(), OffsetDateTime.parse(time).toInstant());
        assertTrue(time.endsWith("Z"), time);
    }

    @Test
    void omitsEmptySubjectBecauseItMustNotBeEmptyWhenPresent() throws Exception {
        DomainEvent noSubject = DomainEvent.of("io.custodian.test", "/test", null, null, null);

        JsonNode json = parse(CloudEventsJson.toJson(noSubject));

        assertFalse(json.has("subject"));
        assertEquals("system", json.get("actor").asText());
        assertTrue(json.get("data").isObject());
        assertEquals(0, json.get("data").size());
    }

    @Test
    void writesJavaTimeValuesInIsoForm() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("at", Instant.parse("2025-01-02T03:04:05Z"));
        DomainEvent event = DomainEvent.of("io.custodian.test", "/test", "", "system", data);

        assertEquals("2025-01-02T03:04:05Z", parse(CloudEventsJson.toJson(event)).get("data").get("at").asText());
    }

    @Test
    void bytesAreUtf8OfTheJson() {
        DomainEvent event = DomainEvent.of("io.custodian.test", "/test", "", "zoë", Map.of("name", "Ärger"));

        assertEquals(CloudEventsJson.toJson(event), new String(CloudEventsJson.toJsonBytes(event), StandardCharsets.UTF_8));
    }

    @Test
    void rejectsDataThatIsNotJson() {
        DomainEvent event = DomainEvent.of("io.custodian.test", "/test", "", "system", Map.of("self", new Object() {
            @SuppressWarnings("unused")
            public Object getSelf() {
                return this;
            }
        }));

        assertThrows(IllegalArgumentException.class, () -> CloudEventsJson.toJson(event));
    }
}
