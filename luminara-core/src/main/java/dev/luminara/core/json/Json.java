package dev.luminara.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;

/**
 * The one Jackson configuration of Luminara: vectors, quaternions and colours as compact arrays (objects are accepted
 * on input), map keys sorted so that files diff cleanly, unknown properties rejected.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(mathModule())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Two-space indentation, one array of numbers per line: the form scene files are written in. */
    public static ObjectWriter pretty() {
        return PRETTY;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter printer = new CompactArrayPrettyPrinter();
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        return printer;
    }

    private static SimpleModule mathModule() {
        SimpleModule module = new SimpleModule("luminara-math");
        module.addSerializer(Vec3.class, new MathJson.Vec3Serializer());
        module.addDeserializer(Vec3.class, new MathJson.Vec3Deserializer());
        module.addSerializer(Quat.class, new MathJson.QuatSerializer());
        module.addDeserializer(Quat.class, new MathJson.QuatDeserializer());
        module.addSerializer(Color.class, new MathJson.ColorSerializer());
        module.addDeserializer(Color.class, new MathJson.ColorDeserializer());
        return module;
    }
}
