package dev.luminara.core.component;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;
import java.util.SortedSet;
import java.util.TreeSet;

@ComponentInfo(
        description = "Labels for grouping and lookup (\"enemy\", \"pickup\"), kept sorted.",
        category = "core",
        pairedWith = {"Name"},
        examples = {"{\"values\": [\"enemy\", \"flying\"]}"})
public record Tags(
        @FieldInfo(description = "The labels; duplicates are dropped")
        SortedSet<String> values) {
    public Tags {
        values = values instanceof TagSet own ? own : new TagSet(values);
    }

    public static Tags of(String... tags) {
        return new Tags(new TreeSet<>(java.util.List.of(tags)));
    }

    public boolean has(String tag) {
        return values.contains(tag);
    }

    public Tags with(String tag) {
        TreeSet<String> copy = new TreeSet<>(values);
        copy.add(tag);
        return new Tags(copy);
    }

    public Tags without(String tag) {
        TreeSet<String> copy = new TreeSet<>(values);
        copy.remove(tag);
        return new Tags(copy);
    }
}
