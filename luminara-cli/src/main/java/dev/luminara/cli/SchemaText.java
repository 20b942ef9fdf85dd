package dev.luminara.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.schema.ComponentSchema;
import dev.luminara.core.schema.FieldConstraints;
import dev.luminara.core.schema.FieldSchema;
import java.util.ArrayList;
import java.util.List;

/** A component schema as aligned plain text for the terminal. */
final class SchemaText {
    private SchemaText() {}

    static String format(ComponentSchema schema) {
        StringBuilder sb = new StringBuilder();
        sb.append(schema.name()).append("  (").append(schema.category()).append(")\n");
        if (!schema.description().isEmpty()) {
            sb.append("  ").append(schema.description()).append('\n');
        }
        List<String[]> rows = new ArrayList<>();
        collect(schema.fields(), "", rows);
        int[] width = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        sb.append("  fields:\n");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("    ");
            for (int i = 0; i < width.length; i++) {
                line.append(pad(row[i], width[i])).append("  ");
            }
            line.append(row[3]);
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        if (!schema.commonlyPairedWith().isEmpty()) {
            sb.append("  paired with: ")
                    .append(String.join(", ", schema.commonlyPairedWith()))
                    .append('\n');
        }
        for (JsonNode example : schema.examples()) {
            sb.append("  example: ").append(example).append('\n');
        }
        return sb.toString();
    }

    private static void collect(List<FieldSchema> fields, String prefix, List<String[]> rows) {
        for (FieldSchema f : fields) {
            String name = prefix + f.name();
            String value = f.required() ? "required" : "= " + f.defaultValue();
            rows.add(new String[] {name, f.typeName(), value, details(f)});
            collect(f.fields(), name + ".", rows);
        }
    }

    private static String details(FieldSchema f) {
        FieldConstraints c = f.constraints();
        List<String> parts = new ArrayList<>();
        if (c.min() != null || c.max() != null) {
            parts.add("[" + bound(c.min()) + ", " + bound(c.max()) + "]");
        }
        if (!c.allowed().isEmpty()) parts.add(String.join("|", c.allowed()));
        if (!c.unit().isEmpty()) parts.add(c.unit());
        if (!f.description().isEmpty()) parts.add(f.description());
        return String.join("  ", parts);
    }

    private static String bound(Double d) {
        if (d == null) return "any";
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
