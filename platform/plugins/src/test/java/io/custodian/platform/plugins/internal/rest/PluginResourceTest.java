package io.custodian.platform.plugins.internal.rest;

import static io.custodian.platform.plugins.internal.HostKit.EMAILS;
import static io.custodian.platform.plugins.internal.HostKit.SAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.custodian.platform.plugins.internal.HostKit;
import io.custodian.platform.plugins.internal.PluginErrorCode;
import io.custodian.platform.plugins.internal.fixtures.EmailClassifierV1;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import io.custodian.platform.plugins.internal.testing.Expect;
import io.custodian.platform.plugins.internal.testing.TestJars;
import io.custodian.platform.rest.api.ErrorCode;
import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.plugin.api.PluginKind;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import org.apache.cxf.jaxrs.ext.multipart.Attachment;
import org.apache.cxf.jaxrs.ext.multipart.ContentDisposition;
import org.apache.cxf.jaxrs.ext.multipart.MultipartBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginResourceTest {

    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /plugins", "plugin.view"),
            Map.entry("GET /plugins/{id}", "plugin.view"),
            Map.entry("POST /plugins/{id}/start", "plugin.configure"),
            Map.entry("POST /plugins/{id}/stop", "plugin.configure"),
            Map.entry("POST /plugins/{id}/grant", "plugin.install"),
            Map.entry("POST /plugins/{id}/rollback", "plugin.upgrade"),
            Map.entry("DELETE /plugins/{id}", "plugin.uninstall"),
            Map.entry("POST /plugins/upload", "plugin.install"),
            Map.entry("GET /marketplace/plugins", "plugin.view"),
            Map.entry("GET /marketplace/sources", "plugin.view"),
            Map.entry("GET /marketplace/plugins/{id}", "plugin.view"),
            Map.entry("POST /marketplace/plugins/{id}/install", "plugin.install"),
            Map.entry("POST /marketplace/plugins/{id}/upgrade", "plugin.upgrade")));

    @TempDir
    java.nio.file.Path root;

    private HostKit kit;
    private PluginResource plugins;
    private MarketplaceResource marketplace;

    @BeforeEach
    void setUp() throws Exception {
        kit = new HostKit(root);
        plugins = new PluginResource(kit.lifecycle, kit.uploads, UpgradeRight.GRANTED);
        marketplace = new MarketplaceResource(kit.marketplace, UpgradeRight.GRANTED);
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void everyEndpointRequiresItsPermissionAndNoneIsPublic() {
        Map<String, String> declared = new TreeMap<>();
        for (Class<?> resource : List.of(PluginResource.class, MarketplaceResource.class)) {
            assertNull(resource.getAnnotation(PublicEndpoint.class));
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET"
                        : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
                assertNotNull(permission, method.toString());
                declared.put(verb + " " + base + (sub == null ? "" : sub.value()), permission.value());
            }
        }

        assertEquals(EXPECTED, declared);
    }

    @Test
    void theEndpointsDriveTheWholeLifecycle() {
        PluginView installed = marketplace.install(EMAILS, new InstallBody("1.0.0", List.of(SAMPLES)));
        marketplace.install(EMAILS, new InstallBody(null, List.of()));
        plugins.rollback(EMAILS);
        plugins.stop(EMAILS);
        plugins.start(EMAILS);

        assertEquals("1.0.0", installed.version());
        assertEquals("1.0.0", plugins.get(EMAILS).version());
        assertEquals(List.of("2.0.0"), plugins.get(EMAILS).rollbackVersions());
        assertEquals(1, plugins.list().size());
        assertEquals("1.0.0", marketplace.plugin(EMAILS).installedVersion());
        plugins.uninstall(EMAILS);
        Expect.problem("plugin.not_found", 404, () -> plugins.get(EMAILS));
        Expect.problem("plugin.scopes_not_granted", 400, () -> marketplace.install(EMAILS, null));
        Expect.problem("plugin.invalid_request", 400, () -> plugins.grant(EMAILS, null));
    }

    @Test
    void aMultipartUploadIsInstalledWithItsGrants() throws Exception {
        java.nio.file.Path jar = TestJars.plugin("uploaded").scopes(SAMPLES)
                .extension(PluginKind.CLASSIFIER, EmailClassifierV1.class).writeTo(root.resolve("jars"));
        MultipartBody body = new MultipartBody(List.of(
                part("file", Files.readAllBytes(jar), "uploaded.jar"),
                part("publisher", "acme".getBytes(StandardCharsets.UTF_8), null),
                part("signature", kit.market.sign("uploaded", "1.0.0", jar).getBytes(StandardCharsets.UTF_8), null),
                part("grantScopes", SAMPLES.getBytes(StandardCharsets.UTF_8), null)));

        PluginView installed = plugins.upload(body);

        assertEquals("uploaded", installed.id());
        assertEquals("STARTED", installed.state());
        assertEquals(List.of(SAMPLES), installed.grantedScopes());
        Expect.problem("plugin.invalid_request", 400, () -> plugins.upload(new MultipartBody(List.of(
                part("publisher", "acme".getBytes(StandardCharsets.UTF_8), null)))));
    }

    @Test
    void errorCodesAreDottedUniqueAndInThePluginDomain() throws Exception {
        List<String> codes = new ArrayList<>();
        for (Field field : PluginErrorCode.class.getFields()) {
            codes.add(((ErrorCode) field.get(null)).code());
        }

        assertEquals(codes.size(), codes.stream().distinct().count());
        assertEquals(List.of(), codes.stream().filter(c -> !c.matches("plugin\\.[a-z_]+")).toList());
        assertEquals(404, PluginErrorCode.NOT_FOUND.status());
        assertEquals(400, PluginErrorCode.SCOPES_NOT_GRANTED.status());
    }

    private static Attachment part(String name, byte[] content, String fileName) {
        String disposition = "form-data; name=\"" + name + "\"" + (fileName == null ? "" : "; filename=\"" + fileName
                + "\"");
        return new Attachment(name, new ByteArrayInputStream(content), new ContentDisposition(disposition));
    }
}
