package io.custodian.plugin.api.connector;

import java.util.List;
import java.util.Objects;

/**
 * A database, schema, catalog or folder.
 *
 * @param path names from the source's top level down to this container, for example {@code ["sales", "public"]}
 * @param kind what sort of container it is
 */
public record Container(List<String> path, ContainerKind kind) {

    /** Rejects an empty path; copies it. */
    public Container {
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a container's path has at least one name");
        }
        Objects.requireNonNull(kind, "kind");
    }

    /** The last name of the path. */
    public String name() {
        return path.get(path.size() - 1);
    }
}
