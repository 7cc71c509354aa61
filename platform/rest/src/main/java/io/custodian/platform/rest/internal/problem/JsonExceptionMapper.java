package io.custodian.platform.rest.internal.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** Request bodies that are not JSON, or JSON that does not fit the expected shape. */
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            return Problems.of(KernelErrorCode.MALFORMED_JSON, "The body is not valid JSON (line "
                    + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ").");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problems.of(KernelErrorCode.INVALID_BODY, "Unknown field '" + unknown.getPropertyName() + "'.");
        }
        if (e instanceof JsonMappingException mapping) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String reason = rootMessage(mapping);
            return Problems.of(KernelErrorCode.INVALID_BODY, path.isEmpty()
                    ? "The body does not have the expected shape: " + reason
                    : "Field '" + path + "' is invalid: " + reason);
        }
        return Problems.of(KernelErrorCode.MALFORMED_JSON, "The body is not valid JSON.");
    }

    /** The innermost message, without Jackson's source excerpt (it may echo secrets from the body). */
    private static String rootMessage(JsonMappingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
        if (message == null) {
            return "wrong type or value";
        }
        int cut = message.indexOf('\n');
        return cut > 0 ? message.substring(0, cut) : message;
    }
}
