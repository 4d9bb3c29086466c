package dev.netplayground.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataJson;
import dev.netplayground.engine.http.RequestContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A saved request's body: the Data form, raw text, or a file. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(HttpBody.DataForm.class),
    @JsonSubTypes.Type(HttpBody.Raw.class),
    @JsonSubTypes.Type(HttpBody.FromFile.class)
})
public sealed interface HttpBody {
    /** What to send; a file's path is resolved against {@code workspace}. */
    RequestContent content(Path workspace);

    /** The Content-Type this body implies when the request names none, or null. */
    default String impliedContentType() {
        return null;
    }

    /** The talk's {@code Data}: sent as {@code {"number": N, "boolean": B}}. */
    @JsonTypeName("data")
    record DataForm(
            @JsonProperty(required = true) long number,
            @JsonProperty(value = "boolean", required = true) boolean bool) implements HttpBody {
        public DataForm {
            new Data(number, bool);
        }

        @Override
        public RequestContent content(Path workspace) {
            return new RequestContent.Bytes(DataJson.toJson(new Data(number, bool)).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String impliedContentType() {
            return "application/json";
        }
    }

    /** Any text, sent as UTF-8 exactly as written. */
    @JsonTypeName("raw")
    record Raw(@JsonProperty(required = true) String text) implements HttpBody {
        public Raw {
            if (text == null) {
                throw new IllegalArgumentException("text must not be null.");
            }
        }

        @Override
        public RequestContent content(Path workspace) {
            return new RequestContent.Bytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A file's bytes; a relative path is relative to the workspace folder. */
    @JsonTypeName("file")
    record FromFile(@JsonProperty(required = true) String path) implements HttpBody {
        public FromFile {
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("path must name a file.");
            }
        }

        @Override
        public RequestContent content(Path workspace) {
            return new RequestContent.FromFile(workspace.resolve(path));
        }
    }
}
