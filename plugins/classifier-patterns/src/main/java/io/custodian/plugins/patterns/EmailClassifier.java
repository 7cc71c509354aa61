package io.custodian.plugins.patterns;

import java.util.List;
import java.util.Set;

/** Suggests {@value #CLASSIFICATION} for columns of e-mail addresses ({@link Emails}) or named like one. */
public final class EmailClassifier extends DetectorClassifier {

    /** The classification this classifier suggests. */
    public static final String CLASSIFICATION = "PII.Email";

    /** The classifier, as the host instantiates it. */
    public EmailClassifier() {
        super("email", "E-mail address", Detector.builder(CLASSIFICATION)
                .name(new NameHints(List.of("email", "mail", "emailaddress", "mailaddress"),
                        Set.of("verified", "confirmed", "sent", "status", "optin", "opt", "count", "flag", "enabled", "domain",
                                "template", "bounce", "bounced", "type", "server", "host", "provider")))
                .values(Emails::isEmail)
                .evidence("pattern", "local-part@domain.tld, RFC 5321 shape")
                .maxValueLength(Emails.MAX_LENGTH)
                .nameOnlyConfidence(0.6)
                .build());
    }
}
