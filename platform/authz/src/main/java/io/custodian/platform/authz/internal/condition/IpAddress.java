package io.custodian.platform.authz.internal.condition;

import java.util.Arrays;

/**
 * Reads IPv4 and IPv6 address literals into bytes without any name lookup (unlike
 * {@link java.net.InetAddress#getByName}, which would resolve a host name). IPv4-mapped IPv6
 * addresses ({@code ::ffff:10.1.2.3}) come back as their 4 IPv4 bytes, so they fall into IPv4 ranges.
 */
final class IpAddress {

    private IpAddress() {
    }

    /** The address bytes (4 or 16), or {@code null} if {@code text} is not an address literal. */
    static byte[] parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return null;
        }
        String s = text;
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        if (s.indexOf(':') < 0) {
            return ipv4(s);
        }
        byte[] v6 = ipv6(s);
        return v6 != null && isIpv4Mapped(v6) ? Arrays.copyOfRange(v6, 12, 16) : v6;
    }

    static boolean isIpv4Mapped(byte[] v6) {
        for (int i = 0; i < 10; i++) {
            if (v6[i] != 0) {
                return false;
            }
        }
        return v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
    }

    static byte[] ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            // Leading zeros are refused: some parsers read them as octal, so their meaning is unclear.
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0') || !digits(p)) {
                return null;
            }
            int value = Integer.parseInt(p);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    private static byte[] ipv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = groups(gap < 0 ? s : s.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : groups(s.substring(gap + 2));
        if (head == null || tail == null) {
            return null;
        }
        int count = head.length + tail.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < head.length; i++) {
            put(bytes, i, head[i]);
        }
        for (int i = 0; i < tail.length; i++) {
            put(bytes, 8 - tail.length + i, tail[i]);
        }
        return bytes;
    }

    /** 16-bit groups separated by ':'; the last may be a dotted IPv4 address (two groups). */
    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int last = parts.length - 1;
        boolean dotted = parts[last].indexOf('.') >= 0;
        int[] result = new int[parts.length + (dotted ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == last && dotted) {
                byte[] v4 = ipv4(p);
                if (v4 == null) {
                    return null;
                }
                result[i] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                result[i + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
            } else {
                if (p.isEmpty() || p.length() > 4 || !hex(p)) {
                    return null;
                }
                result[i] = Integer.parseInt(p, 16);
            }
        }
        return result;
    }

    private static void put(byte[] bytes, int group, int value) {
        bytes[group * 2] = (byte) (value >>> 8);
        bytes[group * 2 + 1] = (byte) value;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
