package io.custodian.plugins.patterns;

import java.util.List;
import java.util.Set;

/** Suggests {@value #CLASSIFICATION} for columns of IPv4 addresses ({@link Ipv4Addresses}). */
public final class Ipv4AddressClassifier extends DetectorClassifier {

    /** The classification this classifier suggests. */
    public static final String CLASSIFICATION = "PII.IPAddress";

    /** The classifier, as the host instantiates it. */
    public Ipv4AddressClassifier() {
        super("ipv4-address", "IPv4 address", Detector.builder(CLASSIFICATION)
                .name(new NameHints(List.of("ip", "ipaddress", "ipaddr", "ipv4", "clientip", "remoteip", "remoteaddr",
                        "remoteaddress", "sourceip", "srcip", "dstip", "hostip", "loginip", "lastip"),
                        Set.of("ipv6", "country", "range", "count", "type", "version", "city", "blocked")))
                .values(Ipv4Addresses::isAddress)
                .evidence("pattern", "dotted decimal a.b.c.d, each 0-255 without leading zeros")
                .maxValueLength(Ipv4Addresses.MAX_LENGTH)
                .nameOnlyConfidence(0.5)
                .build());
    }
}
