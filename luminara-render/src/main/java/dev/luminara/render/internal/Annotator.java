package dev.luminara.render.internal;

import dev.luminara.render.AnnotationConfig;
import dev.luminara.render.ViewDescription;

public final class Annotator {
    private Annotator() {}

    public static int[] annotate(Frame frame, SceneData scene, ViewDescription d, AnnotationConfig cfg) {
        return frame.rgb().clone();
    }
}
