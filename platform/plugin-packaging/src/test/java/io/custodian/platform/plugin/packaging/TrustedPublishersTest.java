package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedPublishersTest {

    private final KeyPair custodian = PluginSignatures.generateKeyPair();
    private final KeyPair acme = PluginSignatures.generateKeyPair();
    private final String custodianKey = PluginSignatures.encodePublic(custodian.getPublic());
    private final String acmeKey = PluginSignatures.encodePublic(acme.getPublic());

    @Test
    void readsPublisherKeyPairsKeepingBase64Padding() {
        assertTrue(custodianKey.endsWith("="), "an Ed25519 SubjectPublicKeyInfo is 44 bytes, so its base64 is padded");

        TrustedPublishers trusted = TrustedPublishers.parse(" custodian=" + custodianKey + " , acme.corp=" + acmeKey + ",");

        assertEquals(List.of("custodian", "acme.corp"), List.copyOf(trusted.publishers()));
        assertArrayEquals(custodian.getPublic().getEncoded(), trusted.key("custodian").orElseThrow().getEncoded());
        assertArrayEquals(acme.getPublic().getEncoded(), trusted.key("acme.corp").orElseThrow().getEncoded());
        assertEquals(Optional.empty(), trusted.key("stranger"));
        assertEquals(Optional.empty(), trusted.key(null));
        assertEquals(2, trusted.keys().size());
    }

    @Test
    void blankConfigurationTrustsNobody() {
        assertEquals(Set.of(), TrustedPublishers.parse(null).publishers());
        assertEquals(Set.of(), TrustedPublishers.parse("  ").publishers());
        assertEquals(Set.of(), TrustedPublishers.none().publishers());
    }

    @Test
    void refusesAnEntryWithoutKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedPublishers.parse("custodian"));
        assertEquals("Trusted publisher entry 1 must be publisher=base64key, but it is \"custodian\".", e.getMessage());
    }

    @Test
    void refusesAPublisherListedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrustedPublishers.parse("acme=" + acmeKey + ",acme=" + custodianKey));
        assertEquals("Trusted publisher \"acme\" is listed twice.", e.getMessage());
    }

    @Test
    void refusesAKeyThatIsNotEd25519NamingThePublisher() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedPublishers.parse("acme=bm90IGEga2V5"));
        assertTrue(e.getMessage().startsWith("The key of trusted publisher \"acme\" is not valid"), e.getMessage());
    }

    @Test
    void refusesMalformedPublisherIds() {
        assertThrows(IllegalArgumentException.class, () -> TrustedPublishers.parse("=" + acmeKey));
        assertThrows(IllegalArgumentException.class, () -> TrustedPublishers.parse("ac me=" + acmeKey));
        assertThrows(IllegalArgumentException.class, () -> TrustedPublishers.of(List.of(new PublisherKey("../x", acme.getPublic()))));
    }
}
