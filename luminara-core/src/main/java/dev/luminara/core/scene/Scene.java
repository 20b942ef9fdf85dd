package dev.luminara.core.scene;

import dev.luminara.core.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scene read and validated but not yet in a world: a name and entities in id order, each with its components in
 * name order. Build one with {@link Scenes#read}, {@link Scenes#parse} or {@link Scenes#capture}; put it in a world
 * with {@link Scenes#spawn} (exact ids) or {@link Scenes#instantiate} (fresh ids).
 */
public record Scene(String name, List<SceneEntity> entities) {
    /** The version tag written as {@code "format"} in every scene file. */
    public static final String FORMAT = "luminara.scene/1";

    public Scene {
        name = name == null ? "" : name;
        List<SceneEntity> sorted = new ArrayList<>(entities);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        entities = List.copyOf(sorted);
    }

    public Optional<SceneEntity> entity(Entity id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public int size() {
        return entities.size();
    }
}
