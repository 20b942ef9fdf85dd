package dev.luminara.core.component;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

@ComponentInfo(
        description = "A viewpoint looking down its -Z axis; the active camera is what screenshots show.",
        category = "rendering",
        pairedWith = {"Transform", "Name"},
        examples = {
            "{\"projection\": \"PERSPECTIVE\", \"fovDegrees\": 60.0, \"orthoSize\": 10.0, \"near\": 0.1,"
                    + " \"far\": 500.0, \"active\": true}"
        })
public record Camera(
        @FieldInfo(description = "PERSPECTIVE or ORTHOGRAPHIC", defaultValue = "\"PERSPECTIVE\"")
        Projection projection,

        @FieldInfo(description = "Vertical field of view", defaultValue = "60.0", min = 1, max = 179, unit = "degrees")
        float fovDegrees,

        @FieldInfo(
                description = "Half the visible height in orthographic mode",
                defaultValue = "10.0",
                min = 0.01,
                unit = "m")
        float orthoSize,

        @FieldInfo(description = "Near clip distance", defaultValue = "0.1", min = 0.001, unit = "m")
        float near,

        @FieldInfo(description = "Far clip distance", defaultValue = "500.0", min = 0.01, unit = "m")
        float far,

        @FieldInfo(description = "Whether this is the camera that renders", defaultValue = "true")
        boolean active) {

    public static Camera perspective(float fovDegrees) {
        return new Camera(Projection.PERSPECTIVE, fovDegrees, 10f, 0.1f, 500f, true);
    }
}
