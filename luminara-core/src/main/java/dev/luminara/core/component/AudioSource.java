package dev.luminara.core.component;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;
import java.util.Objects;

@ComponentInfo(
        description = "Plays a sound clip from the entity's position. Scripts send play/stop events; the mixer"
                + " renders them (offline to WAV when there is no sound device).",
        category = "audio",
        pairedWith = {"Transform"},
        examples = {"{\"clip\": \"sounds/horn.wav\", \"volume\": 0.8, \"loop\": false, \"playOnStart\": false}"})
public record AudioSource(
        @FieldInfo(description = "Asset path of the clip, or a tone such as \"tone:440\"")
        String clip,

        @FieldInfo(description = "Gain", defaultValue = "1.0", min = 0, max = 1, unit = "0..1")
        float volume,

        @FieldInfo(description = "Start again when the clip ends", defaultValue = "false")
        boolean loop,

        @FieldInfo(description = "Start playing when the entity first runs", defaultValue = "false")
        boolean playOnStart) {
    public AudioSource {
        Objects.requireNonNull(clip, "clip");
    }

    public static AudioSource of(String clip) {
        return new AudioSource(clip, 1f, false, false);
    }
}
