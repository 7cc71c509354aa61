package io.custodian.plugin.api;

/** A log for plugin code; the host prefixes each line with the plugin's id and never lets it carry secrets it knows of. */
public interface PluginLog {

    /** Something worth knowing in normal operation. */
    void info(String message);

    /** Something unexpected that the plugin recovered from. */
    void warn(String message);

    /** A failure; {@code error} may be null. */
    void error(String message, Throwable error);
}
