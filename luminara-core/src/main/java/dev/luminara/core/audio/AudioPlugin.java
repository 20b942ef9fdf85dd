package dev.luminara.core.audio;

import dev.luminara.core.app.AppBuilder;
import dev.luminara.core.app.Plugin;
import dev.luminara.core.app.Stage;
import dev.luminara.core.asset.AssetPlugin;
import dev.luminara.core.asset.Assets;

/**
 * Sound: the {@link Audio} resource, the {@link AudioClips} resolver (WAV files through the asset registry, which this
 * plugin adds if missing), and the {@code audio.update} system in {@code Stage.LATE_UPDATE}, after movement, so that
 * sounds are placed where their entities ended the frame. Record the result with {@link AudioRecorder}.
 */
public final class AudioPlugin implements Plugin {
    @Override
    public void build(AppBuilder app) {
        app.plugin(new AssetPlugin());
        app.world().resourceOrInsert(Audio.class, Audio::new);
        app.world().resourceOrInsert(AudioClips.class, AudioClips::new);
        app.world().findResource(Assets.class).ifPresent(AudioClips::registerLoader);
        app.system(Stage.LATE_UPDATE, "audio.update", new AudioUpdate());
    }
}
