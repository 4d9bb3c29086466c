package dev.netplayground.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Jackson's exceptions as the reason a person reads: which field, what was expected. */
final class JsonReasons {
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

    private JsonReasons() {}

    static String of(JsonProcessingException e) {
        if (e instanceof StreamReadException) {
            return "this is not valid JSON: " + e.getOriginalMessage();
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        return switch (e) {
            case UnrecognizedPropertyException unknown -> "unknown field " + quote(field)
                    + "; the fields here are " + new TreeSet<>(unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf).toList());
            case InvalidTypeIdException type -> type.getTypeId() == null
                    ? in(field) + "the \"type\" field is missing"
                    : in(field) + "\"type\": \"" + type.getTypeId() + "\" is not a known type";
            case ValueInstantiationException invalid -> in(field) + rootMessage(invalid);
            case InvalidFormatException format -> quote(field) + " must be " + expected(format.getTargetType())
                    + ", not " + format.getValue();
            case InvalidNullException nul -> quote(field) + " cannot be null";
            case MismatchedInputException mismatch -> mismatched(mismatch, field);
            case DatabindException other -> in(field) + other.getOriginalMessage();
            default -> e.getOriginalMessage();
        };
    }

    private static String mismatched(MismatchedInputException e, String field) {
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (missing.find()) {
            String name = missing.group(1);
            return "the field " + quote(field.endsWith(name) ? field : join(field, name)) + " is missing";
        }
        if (field.isEmpty()) {
            return "the file should hold one JSON object, { ... }";
        }
        if (e.getOriginalMessage().startsWith("Cannot map `null`")) {
            return quote(field) + " must be given and cannot be null";
        }
        return quote(field) + " must be " + expected(e.getTargetType());
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String in(String field) {
        return field.isEmpty() ? "" : "in " + quote(field) + ": ";
    }

    private static String quote(String field) {
        return "'" + field + "'";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : stripPeriod(message);
    }

    private static String stripPeriod(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> "\"" + ((Enum<?>) constant).name().toLowerCase(Locale.ROOT) + "\"")
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list, [ ... ]";
        }
        return "an object, { ... }";
    }
}
