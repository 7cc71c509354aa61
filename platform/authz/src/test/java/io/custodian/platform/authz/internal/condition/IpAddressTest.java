package io.custodian.platform.authz.internal.condition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @Test
    void readsIpv4() {
        assertArrayEquals(new byte[] {10, 0, (byte) 255, 1}, IpAddress.parse("10.0.255.1"));
    }

    @Test
    void readsCompressedIpv6() {
        byte[] loopback = new byte[16];
        loopback[15] = 1;
        assertArrayEquals(loopback, IpAddress.parse("::1"));
        assertArrayEquals(loopback, IpAddress.parse("0:0:0:0:0:0:0:1"));
        assertArrayEquals(new byte[16], IpAddress.parse("::"));
        byte[] doc = IpAddress.parse("2001:DB8::8:800:200c:417a");
        assertEquals(16, doc.length);
        assertEquals((byte) 0x20, doc[0]);
        assertEquals((byte) 0x0d, doc[2]);
        assertEquals((byte) 0x7a, doc[15]);
    }

    @Test
    void readsBracketsZonesAndEmbeddedIpv4() {
        assertEquals(16, IpAddress.parse("[fe80::1%eth0]").length);
        byte[] embedded = IpAddress.parse("64:ff9b::192.0.2.33");
        assertEquals(16, embedded.length);
        assertEquals((byte) 33, embedded[15]);
    }

    @Test
    void ipv4MappedAddressBecomesIpv4() {
        assertArrayEquals(new byte[] {10, 1, 2, 3}, IpAddress.parse("::ffff:10.1.2.3"));
        assertArrayEquals(new byte[] {10, 1, 2, 3}, IpAddress.parse("::ffff:a01:203"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "10.0.0", "10.0.0.0.1", "10.0.0.256", "010.0.0.1",
        "10.0.0.-1", "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "12345::", "g::1",
        "::10.0.0.256", ":1", "1:"})
    void rejectsWhatIsNotAnAddressWithoutLookingItUp(String text) {
        assertNull(IpAddress.parse(text), text);
    }

    @Test
    void rangesMatchOnTheirPrefixBits() {
        IpRange range = IpRange.parse("172.16.0.0/12");

        assertTrue(range.contains(IpAddress.parse("172.16.0.1")));
        assertTrue(range.contains(IpAddress.parse("172.31.255.255")));
        assertFalse(range.contains(IpAddress.parse("172.32.0.0")));
        assertFalse(range.contains(IpAddress.parse("2001:db8::1")));
        assertTrue(IpRange.parse("10.1.2.3/8").contains(IpAddress.parse("10.200.0.0")));
        assertTrue(IpRange.parse("::/0").contains(IpAddress.parse("2001:db8::1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0/x", "::/129", "nonsense/8",
        "::ffff:10.0.0.0/64"})
    void rejectsMalformedRanges(String text) {
        assertNull(IpRange.parse(text), text);
    }
}
