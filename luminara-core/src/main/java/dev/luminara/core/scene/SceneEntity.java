package dev.luminara.core.scene;

import dev.luminara.core.Entity;
import dev.luminara.core.schema.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One entity of a {@link Scene}: its id and its components, kept in component-name order. */
public record SceneEntity(Entity id, List<Record> components) {
    public SceneEntity {
        List<Record> sorted = new ArrayList<>(components);
        sorted.sort((a, b) -> Schemas.nameOf(a.getClass()).compareTo(Schemas.nameOf(b.getClass())));
        components = List.copyOf(sorted);
    }

    public <T extends Record> Optional<T> get(Class<T> type) {
        return components.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
