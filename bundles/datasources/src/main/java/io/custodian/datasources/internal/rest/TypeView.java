package io.custodian.datasources.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.custodian.datasources.internal.service.ConnectorType;
import java.util.List;
import java.util.Map;

/**
 * A source type a running connector serves.
 *
 * @param type         the type id a source names
 * @param displayName  for people
 * @param configSchema the JSON Schema of the settings, as a JSON object; {@code writeOnly} properties are secrets
 * @param capabilities what the connector can do beyond enumeration
 * @param secretNames  the secret settings, which go in {@code secrets}
 */
public record TypeView(String type, String displayName, Map<String, Object> configSchema, List<String> capabilities,
                       List<String> secretNames) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    static TypeView of(ConnectorType type) {
        Map<String, Object> schema;
        try {
            schema = MAPPER.readValue(type.configSchema(), OBJECT);
        } catch (JsonProcessingException e) {
            // ConnectorType comes only from schemas that parsed already.
            throw new IllegalStateException("A connector schema stopped being JSON", e);
        }
        return new TypeView(type.type(), type.displayName(), schema,
                type.capabilities().stream().map(Enum::name).sorted().toList(), List.copyOf(type.secretNames()));
    }
}
