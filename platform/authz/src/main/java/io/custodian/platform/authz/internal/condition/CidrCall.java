package io.custodian.platform.authz.internal.condition;

import java.util.List;

/** {@code cidr(address, 'range', ...)}: whether the address lies in any of the ranges (parsed once). */
record CidrCall(Node address, List<IpRange> ranges) implements Node {

    @Override
    public Object eval(Facts facts) {
        if (!(address.eval(facts) instanceof String text)) {
            return false;
        }
        byte[] parsed = IpAddress.parse(text);
        if (parsed == null) {
            return false;
        }
        for (IpRange range : ranges) {
            if (range.contains(parsed)) {
                return true;
            }
        }
        return false;
    }
}
