package io.custodian.platform.plugin.packaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * Writes a {@link MarketplaceIndex} as {@code index.json} (pretty-printed UTF-8), in the format
 * {@link MarketplaceIndexParser} reads; a missing signature or publication time is left out.
 */
public final class MarketplaceIndexWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MarketplaceIndexWriter() {
    }

    /** The index as JSON bytes. */
    public static byte[] write(MarketplaceIndex index) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", index.name());
        ArrayNode plugins = root.putArray("plugins");
        for (MarketplacePlugin plugin : index.plugins()) {
            ObjectNode p = plugins.addObject();
            p.put("id", plugin.id());
            p.put("name", plugin.name());
            p.put("description", plugin.description());
            p.put("vendor", plugin.vendor());
            p.put("publisher", plugin.publisher());
            putIds(p.putArray("kinds"), plugin.kinds());
            ArrayNode versions = p.putArray("versions");
            for (MarketplaceVersion version : plugin.versions()) {
                ObjectNode v = versions.addObject();
                v.put("version", version.version());
                v.put("file", version.file());
                v.put("sha256", version.sha256());
                if (version.signature() != null) {
                    v.put("signature", version.signature());
                }
                putIds(v.putArray("scopes"), version.scopes());
                v.put("platform", version.platformRange());
                v.put("size", version.size());
                if (version.publishedAt() != null) {
                    v.put("publishedAt", version.publishedAt().toString());
                }
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always writes; this would be a Jackson bug.
            throw new IllegalStateException("Cannot write the marketplace index", e);
        }
    }

    private static void putIds(ArrayNode array, Collection<?> values) {
        // PluginKind and Scope print as their manifest ids.
        values.forEach(value -> array.add(value.toString()));
    }
}
