package io.custodian.platform.openapi.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import javax.ws.rs.core.StreamingOutput;

/** Inline schemas for JDK value types: numbers, booleans, strings, dates, identifiers, binary bodies. */
final class ScalarSchemas {

    private static final Map<Class<?>, String[]> TYPES = new HashMap<>();

    static {
        put("boolean", null, boolean.class, Boolean.class);
        put("integer", "int32", int.class, Integer.class, short.class, Short.class, byte.class, Byte.class,
                OptionalInt.class);
        put("integer", "int64", long.class, Long.class, OptionalLong.class);
        put("integer", null, BigInteger.class);
        put("number", "float", float.class, Float.class);
        put("number", "double", double.class, Double.class, OptionalDouble.class);
        put("number", null, BigDecimal.class, Number.class);
        put("string", null, String.class, CharSequence.class, char.class, Character.class, Locale.class);
        put("string", "uuid", UUID.class);
        put("string", "date-time", Instant.class, OffsetDateTime.class, ZonedDateTime.class, Date.class);
        put("string", "date", LocalDate.class);
        // No offset: not an RFC 3339 date-time, so a format name of our own.
        put("string", "local-date-time", LocalDateTime.class);
        put("string", "time", LocalTime.class);
        put("string", "duration", Duration.class);
        put("string", "uri", URI.class, URL.class);
        put("string", "byte", byte[].class);
    }

    private ScalarSchemas() {
    }

    private static void put(String type, String format, Class<?>... classes) {
        for (Class<?> c : classes) {
            TYPES.put(c, new String[] {type, format});
        }
    }

    /** The schema of a scalar type, or empty if {@code type} is not one. */
    static Optional<ObjectNode> of(Class<?> type) {
        String[] entry = TYPES.get(type);
        if (entry == null) {
            return Optional.empty();
        }
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", entry[0]);
        if (entry[1] != null) {
            schema.put("format", entry[1]);
        }
        return Optional.of(schema);
    }

    /** Whether a body of this type is written as raw bytes rather than as JSON. */
    static boolean isBinaryBody(Class<?> type) {
        return type == byte[].class || InputStream.class.isAssignableFrom(type) || File.class.isAssignableFrom(type)
                || StreamingOutput.class.isAssignableFrom(type) || java.nio.file.Path.class.isAssignableFrom(type);
    }

    static ObjectNode binary() {
        return JsonNodeFactory.instance.objectNode().put("type", "string").put("format", "binary");
    }
}
