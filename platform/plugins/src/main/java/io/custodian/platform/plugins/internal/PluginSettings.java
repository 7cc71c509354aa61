package io.custodian.platform.plugins.internal;

import io.custodian.platform.plugin.packaging.InspectionLimits;
import io.custodian.platform.plugin.packaging.PlatformVersion;
import io.custodian.platform.plugin.packaging.PluginVerifier;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import io.custodian.platform.plugin.runtime.CallLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The host's configuration, checked and ready to use. Replaced as a whole when the configuration
 * changes, so an operation sees one consistent set.
 *
 * @param marketplaces marketplace locations in the configured order
 * @param trusted      publishers whose signatures are accepted
 * @param maxJarBytes  largest jar accepted
 * @param callTimeout  time limit of each plugin call
 * @param keyFolder    more trusted publishers, as key files read at each verification
 * @param installOnFirstStart plugin ids the first start installs from the marketplaces, in the configured order
 */
public record PluginSettings(List<String> marketplaces, TrustedPublishers trusted, long maxJarBytes,
                             Duration callTimeout, TrustedPublisherFolder keyFolder,
                             List<String> installOnFirstStart) {

    /** Settings that install nothing on the first start. */
    public PluginSettings(List<String> marketplaces, TrustedPublishers trusted, long maxJarBytes, Duration callTimeout,
                          TrustedPublisherFolder keyFolder) {
        this(marketplaces, trusted, maxJarBytes, callTimeout, keyFolder, List.of());
    }

    /** Settings that trust only {@code trusted}. */
    public PluginSettings(List<String> marketplaces, TrustedPublishers trusted, long maxJarBytes, Duration callTimeout) {
        this(marketplaces, trusted, maxJarBytes, callTimeout, TrustedPublisherFolder.none());
    }

    public PluginSettings {
        marketplaces = List.copyOf(marketplaces);
        installOnFirstStart = List.copyOf(installOnFirstStart);
        if (maxJarBytes < 1) {
            throw new IllegalArgumentException("maxJarBytes must be at least 1, not " + maxJarBytes);
        }
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("callTimeoutSeconds must be at least 1");
        }
    }

    /**
     * The settings of a configuration. Sizes and timeouts below 1 count as 1.
     *
     * @param properties replaces {@code ${name}} placeholders (karaf.home, karaf.data) in marketplace locations
     * @throws IllegalArgumentException if a trusted publisher entry is malformed (the message names it)
     */
    public static PluginSettings from(PluginsConfig config, UnaryOperator<String> properties) {
        return from(config, properties, TrustedPublishers.parse(config.trustedPublishers()));
    }

    /** The settings of a configuration, with {@code trusted} instead of its trusted publishers. */
    public static PluginSettings from(PluginsConfig config, UnaryOperator<String> properties,
                                      TrustedPublishers trusted) {
        List<String> marketplaces = commaSeparated(config.marketplaces()).stream().map(properties).toList();
        String etc = System.getProperty("karaf.etc");
        return new PluginSettings(marketplaces, trusted, Math.max(1, config.maxJarBytes()),
                Duration.ofSeconds(Math.max(1, config.callTimeoutSeconds())),
                etc == null ? TrustedPublisherFolder.none() : TrustedPublisherFolder.at(Path.of(etc, "trusted-publishers")),
                commaSeparated(config.installOnFirstStart()).stream().distinct().toList());
    }

    private static List<String> commaSeparated(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Replaces {@code ${karaf.home}} and {@code ${karaf.data}} with the system properties of those names. */
    public static String karafProperties(String text) {
        String result = text;
        for (String name : List.of("karaf.home", "karaf.data")) {
            String value = System.getProperty(name);
            if (value != null) {
                result = result.replace("${" + name + "}", value);
            }
        }
        return result;
    }

    /** A verifier with these trusted publishers and this jar size limit, for this platform's version. */
    public PluginVerifier verifier() {
        return new PluginVerifier(keyFolder.with(trusted), InspectionLimits.defaults().withMaxJarBytes(maxJarBytes),
                PlatformVersion.CURRENT);
    }

    /** The limits of each plugin's calls. */
    public CallLimits callLimits() {
        return CallLimits.defaults().withTimeout(callTimeout);
    }
}
