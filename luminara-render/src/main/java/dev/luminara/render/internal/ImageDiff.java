package dev.luminara.render.internal;

import dev.luminara.render.Comparison;
import dev.luminara.render.DiffSettings;
import dev.luminara.render.EntityChange;
import dev.luminara.render.Image;
import dev.luminara.render.ViewDescription;
import java.util.List;

public final class ImageDiff {
    private ImageDiff() {}

    public static Comparison compare(
            Image before, Image after, ViewDescription b, ViewDescription a, List<EntityChange> changes, DiffSettings s) {
        return new Comparison(after, 0, 0, List.of(), List.of());
    }
}
