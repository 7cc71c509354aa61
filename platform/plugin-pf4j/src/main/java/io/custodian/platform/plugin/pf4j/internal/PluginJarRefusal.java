package io.custodian.platform.plugin.pf4j.internal;

/**
 * Why a jar cannot be loaded, in a sentence meant for the person who built or installed it. Internal
 * checks throw it; the loader turns it into the public checked exception naming the jar.
 */
public final class PluginJarRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    /** A refusal described by {@code message}. */
    public PluginJarRefusal(String message) {
        super(message);
    }

    /** A refusal described by {@code message}, caused by {@code cause}. */
    public PluginJarRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
