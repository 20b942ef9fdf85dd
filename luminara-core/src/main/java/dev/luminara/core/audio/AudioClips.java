package dev.luminara.core.audio;

import dev.luminara.core.asset.AssetException;
import dev.luminara.core.asset.Assets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves clip names: {@code tone:<hz>[:<seconds>]} is generated (and cached), anything else is an asset path loaded
 * as an {@link AudioClip} through the {@link Assets} registry (so a re-saved WAV is picked up by a reload). A service
 * resource of the audio plugin.
 */
public final class AudioClips {
    private final Map<String, AudioClip> tones = new ConcurrentHashMap<>();

    /**
     * The clip named {@code clip}; throws {@link AudioException} for a bad tone or when there is no registry, and the
     * registry's {@link AssetException} (naming the file) for a missing or unreadable file.
     */
    public AudioClip resolve(String clip, Assets assets) {
        if (Tones.isTone(clip)) {
            AudioClip c = tones.get(clip);
            if (c == null) {
                c = Tones.generate(clip);
                tones.put(clip, c);
            }
            return c;
        }
        if (assets == null) {
            throw new AudioException("clip '" + clip + "': no asset registry to load it from; add AssetPlugin");
        }
        registerLoader(assets);
        return assets.load(clip, AudioClip.class);
    }

    /** Makes {@code assets} load {@code .wav}, {@code .aiff} and {@code .au} files as clips (idempotent). */
    public static void registerLoader(Assets assets) {
        if (!assets.hasLoader("wav", AudioClip.class)) {
            WavDecoder decoder = new WavDecoder();
            assets.register("wav", AudioClip.class, decoder);
            assets.register("aiff", AudioClip.class, decoder);
            assets.register("aif", AudioClip.class, decoder);
            assets.register("au", AudioClip.class, decoder);
        }
    }
}
