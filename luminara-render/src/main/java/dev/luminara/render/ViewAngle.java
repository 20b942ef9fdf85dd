package dev.luminara.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a capture looks from. {@link #CAMERA} is the scene's active camera (or an automatic perspective view when the
 * scene has none); the others are orthographic views framed on the bounds of everything visible.
 */
public enum ViewAngle {
    /** The scene's active {@code Camera}, with its own projection. */
    CAMERA("camera"),
    /** Straight down the -Y axis, north (-Z) up, east (+X) right. */
    TOP("top"),
    /** From +Z looking along -Z (the south side), Y up. */
    FRONT("front"),
    /** From the south-east, 35.26 degrees above the ground: the classic isometric view. */
    ISOMETRIC("iso");

    private final String shortName;

    ViewAngle(String shortName) {
        this.shortName = shortName;
    }

    /** The name used on the command line and in file names: camera, top, front, iso. */
    public String shortName() {
        return shortName;
    }

    public static ViewAngle parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ViewAngle a : values()) {
            if (a.shortName.equals(t) || a.name().toLowerCase(Locale.ROOT).equals(t)) return a;
        }
        throw new RenderException("unknown view angle '" + text + "', expected one of camera, top, front, iso");
    }

    /** A comma-separated list such as "camera,top,iso"; order kept, duplicates dropped. */
    public static List<ViewAngle> parseList(String text) {
        List<ViewAngle> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) continue;
            ViewAngle a = parse(part);
            if (!out.contains(a)) out.add(a);
        }
        if (out.isEmpty()) throw new RenderException("no view angle in '" + text + "'");
        return List.copyOf(out);
    }
}
