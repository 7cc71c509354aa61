package io.custodian.platform.openapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates generated documents against the official OpenAPI 3.0 JSON Schema (id
 * {@code https://spec.openapis.org/oas/3.0/schema/2021-09-28}, Apache-2.0, from the OpenAPI
 * Initiative). The file in src/test/resources is a verbatim copy of the one shipped inside the
 * Maven artifact {@code io.vertx:vertx-openapi:4.5.14} at
 * {@code spec.openapis.org/oas/3.0/schema/2021-09-28}; it is mapped to that id here so no
 * network access happens.
 */
class OpenApiSchemaValidationTest {

    private static final String SCHEMA_ID = "https://spec.openapis.org/oas/3.0/schema/2021-09-28";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema openApiSchema;

    @BeforeAll
    static void loadSchema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID,
                        "classpath:openapi-3.0-schema-2021-09-28.json")));
        openApiSchema = factory.getSchema(SchemaLocation.of(SCHEMA_ID));
    }

    private static Set<ValidationMessage> validate(List<Class<?>> resources) throws Exception {
        String json = new OpenApiGenerator("0.1.0.SNAPSHOT").generateJson(resources);
        return openApiSchema.validate(MAPPER.readTree(json));
    }

    @Test
    void sampleResourcesGiveValidDocument() throws Exception {
        Set<ValidationMessage> errors = validate(OpenApiGeneratorTest.SAMPLES);
        assertEquals(Set.of(), errors);
    }

    @Test
    void emptyResourceSetGivesValidDocument() throws Exception {
        assertEquals(Set.of(), validate(List.of()));
    }

    @Test
    void validatorRejectsBrokenDocument() throws Exception {
        // Guards against a validator that accepts anything (for example an unresolved schema).
        JsonNode broken = MAPPER.readTree("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"x\"},\"paths\":{\"/a\":"
                + "{\"get\":{\"responses\":{\"200\":{}}}}}}");
        assertFalse(openApiSchema.validate(broken).isEmpty());
    }
}
