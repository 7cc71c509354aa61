package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.CatalogReader;
import io.custodian.plugin.api.CatalogWriter;
import io.custodian.plugin.api.SampleReader;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The platform services a {@link ScopedPluginContext} can hand a plugin, supplied by the host. Each is asked for
 * at the moment the plugin asks, so a service that comes or goes at runtime (the catalog bundle installed or
 * stopped) is reflected at once; an absent one makes the context answer "the catalog is not installed".
 */
@ConsumerType
public interface PlatformServices {

    /** Read access to the catalog, if the catalog is installed. */
    Optional<CatalogReader> catalogReader();

    /** Write access to the catalog, if the catalog is installed. */
    Optional<CatalogWriter> catalogWriter();

    /** Sampled column values, if the catalog is installed. */
    Optional<SampleReader> sampleReader();

    /** No services at all: every scoped accessor that is granted answers that the catalog is not installed. */
    static PlatformServices none() {
        return of(null, null, null);
    }

    /** Fixed services; any argument may be {@code null} for an absent one. */
    static PlatformServices of(CatalogReader reader, CatalogWriter writer, SampleReader samples) {
        return new PlatformServices() {
            @Override
            public Optional<CatalogReader> catalogReader() {
                return Optional.ofNullable(reader);
            }

            @Override
            public Optional<CatalogWriter> catalogWriter() {
                return Optional.ofNullable(writer);
            }

            @Override
            public Optional<SampleReader> sampleReader() {
                return Optional.ofNullable(samples);
            }
        };
    }
}
