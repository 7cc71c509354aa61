package io.custodian.platform.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.packaging.PluginSignatures;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginSettingsTest {

    private static PluginsConfig config(String marketplaces, String trusted, long maxJarBytes, int timeout) {
        return config(marketplaces, trusted, maxJarBytes, timeout, "");
    }

    private static PluginsConfig config(String marketplaces, String trusted, long maxJarBytes, int timeout,
                                        String installOnFirstStart) {
        return new PluginsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PluginsConfig.class;
            }

            @Override
            public String marketplaces() {
                return marketplaces;
            }

            @Override
            public String trustedPublishers() {
                return trusted;
            }

            @Override
            public long maxJarBytes() {
                return maxJarBytes;
            }

            @Override
            public int callTimeoutSeconds() {
                return timeout;
            }

            @Override
            public String installOnFirstStart() {
                return installOnFirstStart;
            }
        };
    }

    @Test
    void marketplacesAreSplitAndKarafFoldersFilledIn() {
        String key = PluginSignatures.encodePublic(PluginSignatures.generateKeyPair().getPublic());

        PluginSettings settings = PluginSettings.from(config(" ${karaf.home}/marketplace , https://m.example/index.json,",
                "acme=" + key, 1000, 3), text -> text.replace("${karaf.home}", "/opt/custodian"));

        assertEquals(List.of("/opt/custodian/marketplace", "https://m.example/index.json"), settings.marketplaces());
        assertTrue(settings.trusted().key("acme").isPresent());
        assertEquals(Duration.ofSeconds(3), settings.callLimits().timeout());
        assertEquals(1000, settings.maxJarBytes());
    }

    @Test
    void aMalformedTrustedKeyIsRefusedWithItsEntryAndLimitsBelowOneCountAsOne() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> PluginSettings.from(config("", "acme", 1, 1), text -> text));
        PluginSettings clamped = PluginSettings.from(config("", "", 0, 0), text -> text);

        assertTrue(bad.getMessage().contains("acme"), bad.getMessage());
        assertEquals(1, clamped.maxJarBytes());
        assertEquals(Duration.ofSeconds(1), clamped.callTimeout());
        assertEquals(List.of(), clamped.marketplaces());
    }

    @Test
    void firstStartPluginsAreSplitInOrderWithoutBlanksOrRepeatsAndNoneByDefault() {
        PluginSettings listed = PluginSettings.from(config("", "", 1, 1, " h2, postgresql,,files , h2"), text -> text);
        PluginSettings unset = PluginSettings.from(config("", "", 1, 1), text -> text);

        assertEquals(List.of("h2", "postgresql", "files"), listed.installOnFirstStart());
        assertEquals(List.of(), unset.installOnFirstStart());
    }
}
