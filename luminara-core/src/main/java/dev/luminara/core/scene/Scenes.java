package dev.luminara.core.scene;

import dev.luminara.core.ComponentRegistry;
import dev.luminara.core.ComponentType;
import dev.luminara.core.CoreException;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.schema.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scene files: read, validate, spawn, capture and write. Loading is all or nothing: the file is parsed, every
 * component converted through its schema and the hierarchy checked before the first entity is spawned, so a bad scene
 * leaves the world as it was.
 *
 * <p>{@link #load} and {@link #spawn} keep the file's ids exactly (save→load is the identity), so they need a world
 * with no entities; {@link #instantiate} adds a scene to a populated world under fresh ids instead and rewrites the
 * entity references inside its components.
 */
public final class Scenes {
    private Scenes() {}

    /** Reads and validates a scene file against a registry; nothing is spawned. */
    public static Scene read(Path file, ComponentRegistry registry) {
        return parse(text(file), file.toString(), registry);
    }

    /** A scene file's text, or a located reason it cannot be read as one. */
    private static String text(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw SceneException.of(source, "no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw SceneException.of(source, "not UTF-8 text: a scene file is JSON (luminara.scene/1)");
        } catch (IOException e) {
            if (Files.isDirectory(file))
                throw SceneException.of(source, "is a folder; name a scene file (*.scene.json)");
            throw SceneException.of(source, "cannot read: " + e.getMessage());
        }
        // editors on Windows may start UTF-8 files with a byte-order mark; JSON has no use for it
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text;
    }

    /**
     * Every fault of a scene file, not just the first (each one located like {@link #read}'s); empty when the file
     * is a valid scene. Faults that stop reading altogether (unreadable file, malformed JSON) come alone.
     */
    public static List<SceneException> validate(Path file, ComponentRegistry registry) {
        List<SceneException> faults = new ArrayList<>();
        try {
            String text = text(file);
            new SceneReader(text, file.toString(), registry, faults).read(defaultName(file.toString()));
        } catch (SceneException e) {
            faults.add(e);
        }
        return faults;
    }

    /** Reads and validates scene JSON; {@code source} names it in error messages and gives the default name. */
    public static Scene parse(String json, String source, ComponentRegistry registry) {
        return new SceneReader(json, source, registry).read(defaultName(source));
    }

    /** Reads a scene file and spawns it into an empty world with its exact ids; returns the ids spawned. */
    public static List<Entity> load(Path file, World world) {
        Scene scene = read(file, world.components());
        return spawn(scene, world, file.toString());
    }

    /** {@link #spawn(Scene, World, String)} with the scene's name as the source in error messages. */
    public static List<Entity> spawn(Scene scene, World world) {
        return spawn(scene, world, scene.name());
    }

    /**
     * Spawns a scene with its exact ids. The world must have no entities and no pending commands: ids are the scene's
     * identity, and remapping them silently would break references held outside the scene.
     */
    public static List<Entity> spawn(Scene scene, World world, String source) {
        if (world.entityCount() > 0) {
            throw SceneException.of(
                    source,
                    "the world already has " + world.entityCount() + " entities; a scene loads with its exact ids"
                            + " into an empty world (use Scenes.instantiate to add it under new ids)");
        }
        if (!world.commands().isEmpty()) {
            throw SceneException.of(source, "the world has pending commands; apply them before loading a scene");
        }
        registerTypes(scene, world, source);
        List<Entity> spawned = new ArrayList<>();
        try {
            for (SceneEntity e : scene.entities()) {
                world.spawnWithId(e.id(), e.components().toArray(new Record[0]));
                spawned.add(e.id());
            }
        } catch (CoreException e) {
            rollBack(world, spawned);
            throw SceneException.of(source, "cannot spawn: " + e.getMessage());
        }
        return spawned;
    }

    /**
     * Adds a scene's entities to a world, populated or not, under fresh ids; entity references inside the scene's
     * components (Parent, Children, and any user field typed entity) are rewritten. Returns scene id → new id.
     */
    public static Map<Entity, Entity> instantiate(Scene scene, World world) {
        registerTypes(scene, world, scene.name());
        Map<Entity, Entity> ids = new LinkedHashMap<>();
        List<Entity> spawned = new ArrayList<>();
        try {
            for (SceneEntity e : scene.entities()) {
                Entity fresh = world.spawn();
                spawned.add(fresh);
                ids.put(e.id(), fresh);
            }
            for (SceneEntity e : scene.entities()) {
                for (Record c : e.components()) {
                    world.set(ids.get(e.id()), remap(world, c, ids));
                }
            }
        } catch (CoreException e) {
            rollBack(world, spawned);
            throw SceneException.of(scene.name(), "cannot instantiate: " + e.getMessage());
        }
        return ids;
    }

    private static <T extends Record> Record remap(World world, T value, Map<Entity, Entity> ids) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) value.getClass();
        ComponentType<T> ct = world.components().of(type);
        return EntityRemapper.remap(ct, value, ids);
    }

    /**
     * Registers every component class of the scene with the world before the first spawn, so that a type the world
     * cannot take (say, its name is already used by another class) fails while the world is still untouched.
     */
    private static void registerTypes(Scene scene, World world, String source) {
        for (SceneEntity e : scene.entities()) {
            for (Record c : e.components()) {
                try {
                    world.register(c.getClass());
                } catch (CoreException ex) {
                    throw SceneException.of(
                            source, "cannot use component " + componentName(c) + ": " + ex.getMessage());
                }
            }
        }
    }

    private static void rollBack(World world, List<Entity> spawned) {
        for (int i = spawned.size() - 1; i >= 0; i--) {
            if (world.isAlive(spawned.get(i))) world.despawn(spawned.get(i));
        }
    }

    /** The world's entities and components as a scene (ids kept, every component as stored, GlobalTransform too). */
    public static Scene capture(World world, String name) {
        List<SceneEntity> entities = new ArrayList<>();
        for (Entity e : world.entities()) {
            entities.add(new SceneEntity(e, world.components(e)));
        }
        return new Scene(name, entities);
    }

    /** The scene's canonical JSON text (see {@link SceneWriter}). */
    public static String write(Scene scene) {
        return SceneWriter.write(scene);
    }

    /** Captures a world and writes it to a file, atomically (a temporary file moved into place); returns the text. */
    public static String save(World world, String name, Path file) {
        String text = write(capture(world, name));
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return text;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw SceneException.of(file.toString(), "cannot write: " + e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) return;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the write already failed; that is the error worth reporting
        }
    }

    /** The registered name of a component record, as it appears in scene files. */
    public static String componentName(Record component) {
        return Schemas.nameOf(component.getClass());
    }

    private static String defaultName(String source) {
        String base = source == null
                ? "scene"
                : source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        for (String suffix : new String[] {".scene.json", ".json"}) {
            if (base.endsWith(suffix)) return base.substring(0, base.length() - suffix.length());
        }
        return base;
    }
}
