package io.custodian.platform.plugins.internal.upload;

import static io.custodian.platform.plugins.internal.HostKit.SAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugins.internal.HostKit;
import io.custodian.platform.plugins.internal.PluginSettings;
import io.custodian.platform.plugins.internal.fixtures.EmailClassifierV1;
import io.custodian.platform.plugins.internal.lifecycle.PluginAudit;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.lifecycle.UpgradeRight;
import io.custodian.platform.plugins.internal.testing.Expect;
import io.custodian.platform.plugins.internal.testing.TestJars;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.PluginKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginUploadsTest {

    @TempDir
    Path root;

    private HostKit kit;
    private Path jar;

    @BeforeEach
    void setUp() throws Exception {
        kit = new HostKit(root);
        jar = TestJars.plugin("uploaded").version("1.2.0").scopes(SAMPLES)
                .extension(PluginKind.CLASSIFIER, EmailClassifierV1.class).writeTo(root.resolve("jars"));
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    private PluginView upload(InputStream in, String signature, List<String> grants) {
        return kit.uploads.upload(in, "acme", signature, grants, UpgradeRight.GRANTED);
    }

    @Test
    void aSignedUploadIsVerifiedLikeAMarketplaceJarAndInstalled() throws Exception {
        String signature = kit.market.sign("uploaded", "1.2.0", jar);

        PluginView installed = upload(Files.newInputStream(jar), signature, List.of(SAMPLES));

        assertEquals("upload", installed.source());
        assertEquals("1.2.0", installed.version());
        assertEquals("acme", installed.publisher());
        assertEquals("E-mail v1", kit.runningClassifier());
        assertEquals("upload", kit.audit.last(PluginAudit.INSTALL).details().get("source"));
        assertEmptyWorkFolders();
    }

    @Test
    void anUnsignedOrWronglySignedUploadIsRefusedAndAudited() throws Exception {
        String otherJarsSignature = kit.market.sign("uploaded", "1.2.1", jar);

        Expect.problem("plugin.signature_missing", 422, () -> upload(Files.newInputStream(jar), null, List.of(SAMPLES)));
        Expect.problem("plugin.signature_invalid", 422,
                () -> upload(Files.newInputStream(jar), otherJarsSignature, List.of(SAMPLES)));

        AuditEvent refused = kit.audit.last(PluginAudit.INSTALL);
        assertEquals(Outcome.DENIED, refused.outcome());
        assertEquals("plugin:uploaded", refused.resource());
        assertEquals(List.of(), kit.lifecycle.list());
        assertEmptyWorkFolders();
    }

    @Test
    void anUploadPastTheSizeLimitIsRefusedWhileStreaming() throws Exception {
        kit.settings = new PluginSettings(kit.settings.marketplaces(), kit.settings.trusted(), 1024,
                kit.settings.callTimeout());
        // Endless input: only a copy that stops at the limit returns.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        CustodianException refused = Expect.problem("plugin.too_large", 400, () -> upload(endless, "sig", List.of()));

        assertTrue(refused.getMessage().contains("1024"), refused.getMessage());
        assertEquals("plugin.too_large", kit.audit.last(PluginAudit.INSTALL).details().get("code"));
        assertEmptyWorkFolders();
    }

    @Test
    void garbageIsNotAJar() {
        Expect.problem("plugin.not_a_jar", 400,
                () -> upload(new ByteArrayInputStream("hello".getBytes()), "sig", List.of()));
        Expect.problem("plugin.not_a_jar", 400, () -> upload(new ByteArrayInputStream(new byte[0]), "sig", List.of()));
    }

    private void assertEmptyWorkFolders() throws Exception {
        Path incoming = root.resolve("data/custodian/plugin-incoming");
        try (Stream<Path> left = Files.list(incoming)) {
            assertEquals(List.of(), left.toList());
        }
    }
}
