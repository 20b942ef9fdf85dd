package dev.luminara.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/** Pretty printing that keeps arrays on one line ({@code [1.0, 2.0, 0.0]}), objects indented. */
final class CompactArrayPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    CompactArrayPrettyPrinter() {
        _arrayIndenter = NopIndenter.instance;
        _objectFieldValueSeparatorWithSpaces = ": ";
    }

    private CompactArrayPrettyPrinter(CompactArrayPrettyPrinter base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new CompactArrayPrettyPrinter(this);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(", ");
    }
}
