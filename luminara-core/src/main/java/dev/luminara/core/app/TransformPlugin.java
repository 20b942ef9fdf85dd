package dev.luminara.core.app;

/** Adds transform propagation: GlobalTransform from Transform and the Parent/Children hierarchy. */
public final class TransformPlugin implements Plugin {
    @Override
    public void build(AppBuilder app) {
        app.system(Stage.TRANSFORM, "transform.propagate", new TransformPropagation());
    }
}
