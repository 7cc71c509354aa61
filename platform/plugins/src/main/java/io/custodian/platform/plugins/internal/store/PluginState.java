package io.custodian.platform.plugins.internal.store;

/** Where an installed plugin stands, as stored in {@code plugin_installation.state}. */
public enum PluginState {
    /** Its bundle is installed but it has not been started yet (a moment during an install). */
    INSTALLED,
    /** It runs: its extensions are offered to the platform while its bundle is active. */
    STARTED,
    /** An administrator stopped it; it stays stopped across restarts. */
    STOPPED,
    /** It requests scopes nobody has granted yet (a jar dropped into deploy/); none of its extensions is used. */
    AWAITING_GRANT
}
