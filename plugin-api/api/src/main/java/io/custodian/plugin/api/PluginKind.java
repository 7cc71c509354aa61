package io.custodian.plugin.api;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of extension a plugin may contribute; a manifest lists the kinds its jar holds. */
public enum PluginKind {
    /** Reads a kind of data source: {@link Connector}. */
    CONNECTOR("connector", Connector.class),
    /** Suggests classifications for columns: {@link Classifier}. */
    CLASSIFIER("classifier", Classifier.class),
    /** Turns data into a chart specification: {@link Visualization}. */
    VISUALIZATION("visualization", Visualization.class);

    private final String id;
    private final Class<? extends PluginExtension> extensionPoint;

    PluginKind(String id, Class<? extends PluginExtension> extensionPoint) {
        this.id = id;
        this.extensionPoint = extensionPoint;
    }

    /** The kind as written in manifests, for example {@code classifier}. */
    public String id() {
        return id;
    }

    /** The interface an extension of this kind implements (and names its {@code META-INF/services} file). */
    public Class<? extends PluginExtension> extensionPoint() {
        return extensionPoint;
    }

    /** The kind named {@code id}, or empty. */
    public static Optional<PluginKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
