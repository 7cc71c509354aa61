package io.custodian.platform.plugins.internal.rest;

import io.custodian.platform.plugins.internal.PluginErrorCode;
import io.custodian.platform.rest.api.CustodianException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.cxf.jaxrs.ext.multipart.Attachment;
import org.apache.cxf.jaxrs.ext.multipart.ContentDisposition;
import org.apache.cxf.jaxrs.ext.multipart.MultipartBody;

/** The parts of a {@code multipart/form-data} body by their form field name. */
final class MultipartForm {

    /** Text fields (publisher, signature, scopes) are short; a longer one is refused rather than read. */
    static final int MAX_TEXT_BYTES = 16 * 1024;

    private final List<Attachment> parts;

    MultipartForm(MultipartBody body) {
        this.parts = body == null ? List.of() : body.getAllAttachments();
    }

    /** The first part named {@code name}. */
    Optional<Attachment> part(String name) {
        return parts.stream().filter(part -> name.equals(name(part))).findFirst();
    }

    /** The content of every part named {@code name}, as text. */
    List<String> texts(String name) {
        return parts.stream().filter(part -> name.equals(name(part))).map(part -> text(name, part)).toList();
    }

    /** The content of the first part named {@code name}, as text, or null. */
    String text(String name) {
        return part(name).map(part -> text(name, part)).orElse(null);
    }

    /** The content of a part, streamed. */
    static InputStream stream(Attachment part) {
        try {
            return part.getDataHandler().getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a part of the upload", e);
        }
    }

    private static String text(String name, Attachment part) {
        try (InputStream in = stream(part)) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
            if (bytes.length > MAX_TEXT_BYTES) {
                throw new CustodianException(PluginErrorCode.INVALID_REQUEST, "The form field " + name
                        + " is longer than " + MAX_TEXT_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the form field " + name, e);
        }
    }

    private static String name(Attachment part) {
        ContentDisposition disposition = part.getContentDisposition();
        String name = disposition == null ? null : disposition.getParameter("name");
        return name != null ? name : part.getContentId();
    }
}
