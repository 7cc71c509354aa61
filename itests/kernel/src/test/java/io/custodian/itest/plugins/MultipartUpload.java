package io.custodian.itest.plugins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body as a browser or curl -F sends it: text fields and one file. */
final class MultipartUpload {

    private final String boundary = "it-" + UUID.randomUUID();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileName;
    private byte[] file;

    MultipartUpload field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    MultipartUpload file(String name, byte[] content) {
        this.fileName = name;
        this.file = content;
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> text(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        if (file != null) {
            text(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/java-archive\r\n\r\n");
            out.writeBytes(file);
            text(out, "\r\n");
        }
        text(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
