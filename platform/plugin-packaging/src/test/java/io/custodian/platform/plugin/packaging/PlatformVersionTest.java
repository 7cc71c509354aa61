package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformVersionTest {

    private static PluginManifest requiring(String range) {
        return new PluginManifest("acme-iban", "ACME", "1.0.0", "", "", Set.of(io.custodian.plugin.api.PluginKind.CLASSIFIER),
                range, Set.of(), "{}");
    }

    @Test
    void thePlatformIsVersionZeroPointOne() {
        assertEquals("0.1.0", PlatformVersion.CURRENT);
        assertTrue(PlatformVersion.supports(requiring(">=0.1.0 & <1.0.0"), PlatformVersion.CURRENT));
    }

    @Test
    void aSnapshotOfThePlatformCountsAsItsRelease() {
        assertTrue(PlatformVersion.supports(requiring(">=0.1.0 & <1.0.0"), "0.1.0-SNAPSHOT"));
        assertTrue(PlatformVersion.supports(requiring("0.1.0"), "0.1.0-SNAPSHOT"));
    }

    @Test
    void refusesPlatformsOutsideTheRange() {
        assertFalse(PlatformVersion.supports(requiring(">=0.2.0"), "0.1.0"));
        assertFalse(PlatformVersion.supports(requiring("<0.1.0"), "0.1.0"));
        assertFalse(PlatformVersion.supports(requiring("^1.0.0"), "0.1.0"));
    }

    @Test
    void understandsTheRangeForms() {
        assertTrue(PlatformVersion.supports("~0.1.0", "0.1.5"));
        assertTrue(PlatformVersion.supports("0.1.x", "0.1.9"));
        assertTrue(PlatformVersion.supports("0.1.0 - 0.2.0", "0.1.5"));
        assertTrue(PlatformVersion.supports("<0.1.0 | >=0.1.0 & <0.2.0", "0.1.0"));
    }

    @Test
    void anUnparsableRangeSupportsNothing() {
        assertFalse(PlatformVersion.supports(">=0.1.0 <1.0.0", "0.1.0"));
    }

    @Test
    void refusalNamesThePluginsRangeAndThePlatformVersion() {
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> PlatformVersion.requireSupported(requiring(">=2.0.0 & <3.0.0"), "0.1.0"));

        assertEquals(Reason.PLATFORM_UNSUPPORTED, e.reason());
        assertEquals("Plugin \"acme-iban\" 1.0.0 supports platform versions \">=2.0.0 & <3.0.0\", but this platform is version 0.1.0.",
                e.getMessage());
    }

    @Test
    void refusesAMalformedPlatformVersion() {
        assertThrows(IllegalArgumentException.class, () -> PlatformVersion.supports(requiring("*"), "zero"));
    }

    @Test
    void ordersPluginVersionsSemantically() {
        List<String> sorted = List.of("1.10.0", "1.2.0", "1.0.0", "1.0.0-rc.1", "1.9.0").stream().sorted(PluginVersions.ORDER).toList();
        assertEquals(List.of("1.0.0-rc.1", "1.0.0", "1.2.0", "1.9.0", "1.10.0"), sorted);
        assertTrue(PluginVersions.isValid("1.0.0+build.7"));
        assertFalse(PluginVersions.isValid("1.0"));
        assertThrows(IllegalArgumentException.class, () -> PluginVersions.compare("1.0.0", "one"));
    }
}
