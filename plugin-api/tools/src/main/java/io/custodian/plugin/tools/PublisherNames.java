package io.custodian.plugin.tools;

import io.custodian.platform.plugin.packaging.TrustedPublishers;

/**
 * What a publisher may be called: the host's own rule ({@link TrustedPublishers#PUBLISHER_PATTERN}), checked
 * before anything is written, because the name becomes a file name ({@code <name>.key}) and a key in the
 * host's {@code trustedPublishers} list ({@code name=key,name=key}).
 */
final class PublisherNames {

    private PublisherNames() {
    }

    /** Returns {@code name} if it is a valid publisher name, else refuses it with the rule. */
    static String check(String name) throws ToolException {
        if (!TrustedPublishers.PUBLISHER_PATTERN.matcher(name).matches()) {
            throw ToolException.input("publisher name '" + name + "' is not valid: use 1 to 64 characters from letters, digits, "
                    + "'.', '_' and '-', starting with a letter or digit");
        }
        return name;
    }
}
