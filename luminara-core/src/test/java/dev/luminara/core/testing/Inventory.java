package dev.luminara.core.testing;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;
import java.util.List;

/** A user-defined test component stored by reference. */
@ComponentInfo(description = "Items carried", category = "gameplay")
public record Inventory(
        @FieldInfo(description = "Item names", defaultValue = "[]")
        List<String> items,

        @FieldInfo(description = "Coins", defaultValue = "0", min = 0)
        int coins) {
    public Inventory {
        items = List.copyOf(items);
    }
}
