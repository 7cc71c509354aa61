package io.custodian.plugins.patterns;

/**
 * IPv4 addresses in dotted-decimal form: four numbers 0-255 without leading zeros ({@code 010} is refused,
 * since many resolvers read it as octal). No CIDR suffix, no port.
 */
final class Ipv4Addresses {

    static final int MAX_LENGTH = 15;

    private Ipv4Addresses() {
    }

    static boolean isAddress(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
            for (char c : part.toCharArray()) {
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
