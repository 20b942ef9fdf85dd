package dev.luminara.script.internal;

import static dev.luminara.script.internal.Values.entityOrSelf;
import static dev.luminara.script.internal.Values.num;
import static dev.luminara.script.internal.Values.selfParam;
import static dev.luminara.script.internal.Values.str;

import dev.luminara.core.audio.Audio;
import dev.luminara.script.ApiCallException;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;

/** {@code audio}: play and stop an entity's AudioSource, and one-shot clips, through the world's {@link Audio}. */
final class AudioModule {
    private AudioModule() {}

    static ApiModule create() {
        return ApiModule.builder("audio")
                .description("Play and stop sounds: an entity's AudioSource, or one-shot clips at an entity.")
                .function(ApiFunction.builder("play")
                        .param(selfParam("Entity whose AudioSource plays"))
                        .description("Starts the entity's AudioSource.")
                        .implementedBy((c, a) -> {
                            audio(c).play(entityOrSelf(c, a.get(0)));
                            return ScriptValue.NIL;
                        }))
                .function(ApiFunction.builder("stop")
                        .param(selfParam("Entity whose AudioSource stops"))
                        .description("Stops the entity's AudioSource.")
                        .implementedBy((c, a) -> {
                            audio(c).stop(entityOrSelf(c, a.get(0)));
                            return ScriptValue.NIL;
                        }))
                .function(ApiFunction.builder("play_one_shot")
                        .param("clip", ValueType.STRING, "Asset path of a clip, or \"tone:440\"")
                        .param(ApiParamDefaults.volume())
                        .param(selfParam("Entity the sound comes from"))
                        .description("Plays a clip once at the entity's position.")
                        .implementedBy((c, a) -> {
                            audio(c).playOneShot(entityOrSelf(c, a.get(2)), str(a.get(0)), (float) num(a.get(1)));
                            return ScriptValue.NIL;
                        }))
                .function(ApiFunction.builder("is_playing")
                        .param(selfParam("Entity to test"))
                        .returns(ValueType.BOOL)
                        .description("Whether the entity's AudioSource is playing.")
                        .implementedBy((c, a) -> ScriptValue.of(audio(c).isPlaying(entityOrSelf(c, a.get(0))))))
                .build();
    }

    private static Audio audio(CallContext c) {
        return c.world()
                .findResource(Audio.class)
                .orElseThrow(() -> new ApiCallException("audio: this world has no Audio service (AudioPlugin)"));
    }

    /** Shared parameter definitions. */
    private static final class ApiParamDefaults {
        static dev.luminara.script.ApiParam volume() {
            return dev.luminara.script.ApiParam.ranged("volume", ValueType.NUMBER, "Gain", 0, 1)
                    .withDefault(ScriptValue.of(1.0));
        }
    }
}
