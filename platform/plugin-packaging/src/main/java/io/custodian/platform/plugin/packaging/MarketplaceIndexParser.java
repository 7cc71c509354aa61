package io.custodian.platform.plugin.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.platform.plugin.packaging.internal.JsonObjectReader;
import io.custodian.platform.plugin.packaging.internal.RelativeFileNames;
import io.custodian.platform.plugin.packaging.internal.StrictJson;
import io.custodian.platform.plugin.packaging.internal.Texts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a marketplace {@code index.json} and checks every entry: types, ids, versions, ranges, known kinds and
 * scopes, checksums, and that each {@code file} is a plain relative path that stays inside the marketplace.
 * One bad entry refuses the whole index, with a message naming the plugin, version and field.
 */
public final class MarketplaceIndexParser {

    /** Largest index accepted, in bytes. */
    public static final int MAX_INDEX_BYTES = 8 * 1024 * 1024;
    /** Most plugins one index may list. */
    public static final int MAX_PLUGINS = 10_000;
    /** Most versions one plugin may list. */
    public static final int MAX_VERSIONS = 1_000;

    private static final String SUBJECT = "The marketplace index";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int MAX_SIGNATURE_LENGTH = 1024;
    private static final int MAX_STRING_LENGTH = 64 * 1024;
    private static final int MAX_NESTING_DEPTH = 32;
    private static final StrictJson JSON = new StrictJson(MAX_NESTING_DEPTH, MAX_STRING_LENGTH, MAX_INDEX_BYTES);

    private MarketplaceIndexParser() {
    }

    /**
     * Parses and checks an index.
     *
     * @throws PluginRejectedException {@link Reason#TOO_LARGE} over {@value #MAX_INDEX_BYTES} bytes, otherwise
     *                                 {@link Reason#INDEX_INVALID} naming the plugin, version and field at fault
     */
    public static MarketplaceIndex parse(byte[] json) throws PluginRejectedException {
        if (json != null && json.length > MAX_INDEX_BYTES) {
            throw new PluginRejectedException(Reason.TOO_LARGE,
                    SUBJECT + " " + Texts.sizeAgainstLimit(json.length, MAX_INDEX_BYTES) + ".");
        }
        JsonObjectReader index = JsonObjectReader.of(JSON.read(json, SUBJECT, Reason.INDEX_INVALID), SUBJECT, Reason.INDEX_INVALID);
        String name = PluginManifestParser.optionalDisplayText(index, "name");
        List<JsonNode> entries = index.presentArray("plugins", MAX_PLUGINS);
        List<MarketplacePlugin> plugins = new ArrayList<>(entries.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            MarketplacePlugin plugin = plugin(entries.get(i), i + 1);
            if (!ids.add(plugin.id())) {
                throw new PluginRejectedException(Reason.INDEX_INVALID, SUBJECT + " lists plugin " + Texts.quote(plugin.id()) + " twice.");
            }
            plugins.add(plugin);
        }
        return new MarketplaceIndex(name, plugins);
    }

    private static MarketplacePlugin plugin(JsonNode node, int position) throws PluginRejectedException {
        JsonObjectReader fields = JsonObjectReader.of(node, "Plugin entry " + position + " of the marketplace index",
                Reason.INDEX_INVALID);
        String id = PluginManifestParser.pluginId(fields, "id");
        fields = JsonObjectReader.of(node, "Plugin " + Texts.quote(id) + " in the marketplace index", Reason.INDEX_INVALID);
        String name = PluginManifestParser.displayText(fields, "name");
        String description = fields.optionalText("description", PluginManifestParser.MAX_DESCRIPTION_LENGTH).orElse("");
        String vendor = PluginManifestParser.optionalDisplayText(fields, "vendor");
        String publisher = fields.text("publisher", 64);
        if (!TrustedPublishers.PUBLISHER_PATTERN.matcher(publisher).matches()) {
            throw fields.invalid("publisher", "is " + Texts.quote(publisher)
                    + ", but a publisher id must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        var kinds = PluginManifestParser.kinds(fields, "kinds", true);
        List<JsonNode> versionNodes = fields.array("versions", MAX_VERSIONS, true);
        List<MarketplaceVersion> versions = new ArrayList<>(versionNodes.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < versionNodes.size(); i++) {
            MarketplaceVersion version = version(versionNodes.get(i), id, i + 1);
            if (!seen.add(version.version())) {
                throw new PluginRejectedException(Reason.INDEX_INVALID, "Plugin " + Texts.quote(id)
                        + " in the marketplace index lists version " + version.version() + " twice.");
            }
            versions.add(version);
        }
        return new MarketplacePlugin(id, name, description, vendor, publisher, kinds, versions);
    }

    private static MarketplaceVersion version(JsonNode node, String pluginId, int position) throws PluginRejectedException {
        String where = " of plugin " + Texts.quote(pluginId) + " in the marketplace index";
        JsonObjectReader fields = JsonObjectReader.of(node, "Version entry " + position + where, Reason.INDEX_INVALID);
        String version = PluginManifestParser.version(fields, "version");
        fields = JsonObjectReader.of(node, "Version " + version + where, Reason.INDEX_INVALID);

        String file = fields.text("file", RelativeFileNames.MAX_LENGTH);
        Optional<String> fileProblem = RelativeFileNames.problem(file);
        if (fileProblem.isPresent()) {
            throw fields.invalid("file", "is " + Texts.quote(file) + ", but " + fileProblem.get());
        }
        String sha256 = fields.text("sha256", 64);
        if (!SHA256.matcher(sha256).matches()) {
            throw fields.invalid("sha256", "must be 64 hexadecimal digits (a SHA-256), but it is " + Texts.quote(sha256));
        }
        String signature = fields.optionalText("signature", MAX_SIGNATURE_LENGTH).filter(s -> !s.isBlank()).orElse(null);
        var scopes = PluginManifestParser.scopes(fields, "scopes");
        String platform = PluginManifestParser.platformRange(fields, "platform");
        long size = fields.wholeNumber("size", 0);
        Instant publishedAt = publishedAt(fields);
        return new MarketplaceVersion(version, file, sha256.toLowerCase(Locale.ROOT), signature, scopes, platform, size,
                publishedAt);
    }

    private static Instant publishedAt(JsonObjectReader fields) throws PluginRejectedException {
        Optional<String> text = fields.optionalText("publishedAt", 64);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.get()).toInstant();
        } catch (DateTimeParseException e) {
            throw fields.invalid("publishedAt", "is " + Texts.quote(text.get())
                    + ", but it must be an ISO-8601 date and time such as 2026-11-22T00:00:00Z");
        }
    }
}
