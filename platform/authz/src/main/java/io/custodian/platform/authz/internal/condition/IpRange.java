package io.custodian.platform.authz.internal.condition;

import java.util.Arrays;

/**
 * An address range in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a bare address
 * is a range of one. Host bits below the prefix are ignored.
 *
 * @param network the range's address bytes (4 or 16)
 * @param prefix  how many leading bits must match
 */
record IpRange(byte[] network, int prefix) {

    /** The range, or {@code null} if {@code text} is not one. */
    static IpRange parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = IpAddress.parse(address);
        if (bytes == null) {
            return null;
        }
        boolean mapped = bytes.length == 4 && address.indexOf(':') >= 0;
        int max = bytes.length * 8;
        int prefix = max;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            prefix = Integer.parseInt(digits);
            // An IPv4-mapped range was written with an IPv6 prefix; it now applies to the 4 IPv4 bytes.
            if (mapped) {
                prefix -= 96;
            }
            if (prefix < 0 || prefix > max) {
                return null;
            }
        }
        return new IpRange(bytes, prefix);
    }

    /** Whether {@code address} (as {@link IpAddress#parse} returns it) lies in the range. */
    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpRange r && r.prefix == prefix && Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return Arrays.toString(network) + "/" + prefix;
    }
}
