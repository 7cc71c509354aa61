package io.custodian.plugin.tools;

/** What the tool's exit status means, so scripts and CI jobs can tell a refused plugin from a typo. */
final class ExitCodes {

    /** Everything worked; for {@code verify}, every entry passed. */
    static final int OK = 0;
    /** {@code verify} ran but at least one entry was refused. */
    static final int REFUSED = 1;
    /** Wrong usage or unusable input: a missing file, a bad key, a jar without a manifest. */
    static final int INPUT = 2;
    /** A fault in the tool itself. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
