package io.custodian.platform.plugin.packaging.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads untrusted JSON (plugin manifests, marketplace indexes) into a tree under hard limits, so a hostile
 * document fails fast with a sentence instead of exhausting the stack or the heap. Types are then checked by
 * hand with {@link JsonObjectReader}: binding straight to classes would turn type errors into Jackson's wording.
 */
public final class StrictJson {

    /** Longest number literal accepted; real manifests and indexes never need more than 19 digits. */
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_FIELD_NAME_LENGTH = 200;

    private final ObjectMapper mapper;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final long maxDocumentBytes;

    /**
     * @param maxNestingDepth  deepest nesting of arrays and objects
     * @param maxStringLength  longest string value, in characters
     * @param maxDocumentBytes longest document, in bytes
     */
    public StrictJson(int maxNestingDepth, int maxStringLength, long maxDocumentBytes) {
        this.maxNestingDepth = maxNestingDepth;
        this.maxStringLength = maxStringLength;
        this.maxDocumentBytes = maxDocumentBytes;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_FIELD_NAME_LENGTH)
                .maxDocumentLength(maxDocumentBytes)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                // Two "id" fields would let two readers see two different plugins in one document.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory).build();
    }

    /** The mapper, for writing trees back out. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Parses {@code json} into a tree.
     *
     * @param subject how messages name the document, for example {@code The plugin manifest}
     * @param reason  the reason a refusal carries
     */
    public JsonNode read(byte[] json, String subject, Reason reason) throws PluginRejectedException {
        if (json == null || json.length == 0) {
            throw new PluginRejectedException(reason, subject + " is empty.");
        }
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(json)) {
            tree = mapper.readTree(parser);
            // Content after the first value would be read by some parsers and ignored by others.
            if (tree != null && parser.nextToken() != null) {
                throw new PluginRejectedException(reason, subject + " has content after its JSON value"
                        + where(parser.currentTokenLocation()) + ".");
            }
        } catch (StreamConstraintsException e) {
            throw new PluginRejectedException(reason, subject + " exceeds a safety limit: " + describe(e) + ".");
        } catch (JsonProcessingException e) {
            throw new PluginRejectedException(reason, subject + " is not valid JSON" + where(e.getLocation())
                    + ": " + firstLine(e.getOriginalMessage()) + ".");
        } catch (IOException e) {
            // Jackson reports bad UTF-8 as a plain CharConversionException.
            throw new PluginRejectedException(reason, subject + " is not valid UTF-8 JSON: " + firstLine(e.getMessage()) + ".");
        }
        if (tree == null || tree.isMissingNode()) {
            throw new PluginRejectedException(reason, subject + " is empty.");
        }
        return tree;
    }

    private String describe(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("nesting depth")) {
            return "it nests arrays or objects more than " + maxNestingDepth + " levels deep";
        }
        if (message.contains("string value length")) {
            return "a text value is longer than " + maxStringLength + " characters";
        }
        if (message.contains("number value length")) {
            return "a number has more than " + MAX_NUMBER_LENGTH + " digits";
        }
        if (message.contains("name length")) {
            return "a field name is longer than " + MAX_FIELD_NAME_LENGTH + " characters";
        }
        if (message.contains("document length")) {
            return "it is larger than " + Texts.bytes(maxDocumentBytes);
        }
        return "it is too large or too deeply nested";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unexpected content";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        if (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
