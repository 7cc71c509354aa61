package io.custodian.platform.rest.internal.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The JSON body of a problem response. A class of its own (not a map) so that CXF writes it with
 * this type even when the failing resource method declares another return type.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "code", "correlationId"})
public final class ProblemBody {

    private final String title;
    private final int status;
    private final String detail;
    private final String code;
    private final String correlationId;
    private final Map<String, Object> extensions;

    ProblemBody(String title, int status, String detail, String code, String correlationId,
                Map<String, Object> extensions) {
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.code = code;
        this.correlationId = correlationId;
        this.extensions = Map.copyOf(extensions);
    }

    public String getType() {
        return "about:blank";
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getCode() {
        return code;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    /** Extra members such as {@code errors}; written at the top level as RFC 9457 allows. */
    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
