package io.custodian.platform.openapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.RestResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenApiResourceTest {

    private final OpenApiResource resource = new OpenApiResource(
            new DocumentCache(() -> new OpenApiGenerator("9").generateJson(List.of(OpenApiResource.class))),
            new SwaggerUiAssets(OpenApiResource.class.getClassLoader()));

    private static String body(Response response) throws IOException {
        try (InputStream in = (InputStream) response.getEntity()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesDocumentWithEtag() {
        Response response = resource.document(null);
        assertEquals(200, response.getStatus());
        assertTrue(((String) response.getEntity()).contains("\"openapi\" : \"3.0.3\""));
        assertFalse(response.getEntityTag().getValue().isEmpty());
        assertEquals(response.getEntityTag(), resource.document(null).getEntityTag());
        assertTrue(response.getHeaderString("Cache-Control").contains("no-cache"));
    }

    @Test
    void servesPageThatLoadsUiWithoutInlineScript() throws IOException {
        Response response = resource.page();
        assertEquals(200, response.getStatus());
        assertEquals("text/html; charset=utf-8", response.getHeaderString("Content-Type"));
        String html = body(response);
        assertTrue(html.contains("src=\"" + RestResources.BASE_PATH + "/docs/swagger-ui-bundle.js\""));
        assertTrue(html.contains("src=\"" + RestResources.BASE_PATH + "/docs/custodian-init.js\""));
        // Every script element has a src and an empty body: nothing a strict CSP would block.
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find(), html);
        assertFalse(Pattern.compile("<script[^>]*>[^<]+</script>").matcher(html).find(), html);
    }

    @Test
    void initializerPointsAtTheDocument() throws IOException {
        String js = body(resource.asset("custodian-init.js"));
        assertTrue(js.contains("'" + RestResources.BASE_PATH + "/openapi.json'"), js);
        assertTrue(js.contains("SwaggerUIBundle("));
    }

    @ParameterizedTest
    @ValueSource(strings = {"swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "favicon-16x16.png",
            "custodian-init.js", "index.html"})
    void servesEmbeddedAssetsWithContentType(String name) throws IOException {
        Response response = resource.asset(name);
        assertEquals(200, response.getStatus());
        String type = response.getHeaderString("Content-Type");
        String expected = name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".png") ? "image/png" : "text/html; charset=utf-8";
        assertEquals(expected, type);
        assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));
        try (InputStream in = (InputStream) response.getEntity()) {
            assertTrue(in.readAllBytes().length > 100, name + " is empty");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../openapi.json", "..", ".", "", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e", "swagger-ui/../swagger-ui.css", "/swagger-ui.css", "swagger-ui.css/", "SWAGGER-UI.CSS",
            "swagger-ui-bundle.js.map", "index.css", "swagger-initializer.js", "oauth2-redirect.html",
            "io/custodian/platform/openapi/internal/OpenApiResource.class", "OpenApiResource.class",
            "META-INF/MANIFEST.MF", "..\\swagger-ui.css", "swagger-ui.css\u0000.png"})
    void refusesAnythingNotOnTheList(String name) {
        CustodianException refused = assertThrows(CustodianException.class, () -> resource.asset(name));
        assertEquals(404, refused.errorCode().status());
        assertEquals("openapi.asset_not_found", refused.errorCode().code());
    }

    @Test
    void refusesMissingName() {
        assertThrows(CustodianException.class, () -> resource.asset(null));
    }
}
