package eu.lorntech.totem.platform.rest;

import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * Request bodies (records) read strictly, field by field: JSON-B would round {@code 6.5} to the id
 * 6, and answer broken JSON or a text where a number belongs with an exception that says nothing to
 * the caller. Here each of those is an {@link InputRefused} naming the field being read. Fields the
 * record does not have are ignored, as JSON-B does; nested values are still bound by JSON-B.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    static final String BODY = "body";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entity) {
        RecordComponent[] components = type.getRecordComponents();
        String expected = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", "));
        Object[] values = new Object[components.length];
        String field = null;
        JsonParser parser = JsonP.PROVIDER.createParser(new InputStreamReader(entity, charset(mediaType)));
        try (parser) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                throw InputRefused.invalid(BODY, "api.json.notObject", expected);
            }
            for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
                field = parser.getString();
                Event value = parser.next();
                int i = indexOf(components, field);
                if (i < 0) {
                    skip(parser, value);
                } else {
                    values[i] = value(parser, value, components[i], field);
                }
            }
            field = null;
            if (parser.hasNext()) {
                throw InputRefused.invalid(BODY, "api.json.notObject", expected);
            }
        } catch (JsonParsingException e) {
            throw malformed(field, expected, e.getLocation());
        } catch (NoSuchElementException | JsonException e) {
            throw malformed(field, expected, parser.getLocation());
        }
        return construct(type, components, values);
    }

    private static InputRefused malformed(String field, String expected, JsonLocation at) {
        long line = at == null ? 0 : at.getLineNumber();
        long column = at == null ? 0 : at.getColumnNumber();
        return field == null ? InputRefused.invalid(BODY, "api.json.malformedBody", expected, line, column)
                : InputRefused.invalid(field, "api.json.malformed", field, line, column);
    }

    private static Object value(JsonParser parser, Event event, RecordComponent component, String field) {
        Class<?> type = component.getType();
        if (event == Event.VALUE_NULL) {
            return null;
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            if (event != Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
                skip(parser, event);
                throw InputRefused.invalid(field, "api.json.notInteger", field);
            }
            BigDecimal number = parser.getBigDecimal();
            try {
                return type == Long.class || type == long.class ? (Object) number.longValueExact() : (Object) number.intValueExact();
            } catch (ArithmeticException e) {
                throw InputRefused.invalid(field, "api.json.notInteger", field);
            }
        }
        if (type == String.class) {
            if (event != Event.VALUE_STRING) {
                skip(parser, event);
                throw InputRefused.invalid(field, "api.json.notText", field);
            }
            return parser.getString();
        }
        if (type == Boolean.class || type == boolean.class) {
            if (event != Event.VALUE_TRUE && event != Event.VALUE_FALSE) {
                skip(parser, event);
                throw InputRefused.invalid(field, "api.json.notBoolean", field);
            }
            return event == Event.VALUE_TRUE;
        }
        String json = parser.getValue().toString();
        try {
            return JsonbResolver.JSONB.fromJson(json, component.getGenericType());
        } catch (JsonbException e) {
            throw InputRefused.invalid(field, "api.json.wrongType", field);
        }
    }

    /** Passes over a value (an array or object as a whole) so the parser is past it. */
    private static void skip(JsonParser parser, Event event) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Record construct(Class<Record> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (values[i] == null && types[i].isPrimitive()) {
                values[i] = types[i] == boolean.class ? Boolean.FALSE : types[i] == long.class ? (Object) 0L : (Object) 0;
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor for " + type, e);
        }
    }

    private static Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
