package dev.luminara.core.asset;

/** Told about reloads, on the thread that applied them (the game loop, when the asset plugin drives the registry). */
@FunctionalInterface
public interface AssetListener {
    void onAssetEvent(AssetEvent event);
}
