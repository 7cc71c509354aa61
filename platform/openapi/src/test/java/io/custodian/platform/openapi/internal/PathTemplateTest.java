package io.custodian.platform.openapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void joinsClassAndMethodPathsWithSingleSlashes() {
        assertEquals("/datasets/{id}/owners", PathTemplate.join("datasets/", "//{id}/owners/").path());
        assertEquals("/datasets", PathTemplate.join("/datasets/", null).path());
        assertEquals("/datasets", PathTemplate.join("datasets", "/").path());
    }

    @Test
    void keepsRootAsSingleSlash() {
        assertEquals("/", PathTemplate.join("/", null).path());
        assertEquals("/", PathTemplate.join("", "").path());
        assertEquals("/openapi.json", PathTemplate.join("/", "openapi.json").path());
    }

    @Test
    void reducesRegexTemplatesIncludingNestedBracesAndSlashes() {
        PathTemplate template = PathTemplate.join("/items/{id : [0-9]{3}}", "{rest: .+/.+}/x");
        assertEquals("/items/{id}/{rest}/x", template.path());
        assertEquals(List.of("id", "rest"), template.parameterNames());
    }

    @Test
    void namesTagAfterFirstLiteralSegment() {
        assertEquals("datasets", PathTemplate.join("datasets", "{id}").firstSegment());
        assertEquals("default", PathTemplate.join("/", null).firstSegment());
        assertEquals("default", PathTemplate.join("{tenant}", "x").firstSegment());
    }
}
