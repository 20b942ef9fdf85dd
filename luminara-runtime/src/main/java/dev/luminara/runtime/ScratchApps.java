package dev.luminara.runtime;

import dev.luminara.core.app.App;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * New empty games set up like the one they came from (same frame rate, seed, sandbox, verbs, assets and scripts
 * folder; no scene, no hot reload, no listeners or extra plugins), for measuring what the game's entities cost
 * without stepping the game itself. Closing it closes every game it made (their script hosts).
 */
public final class ScratchApps implements Supplier<App>, AutoCloseable {
    private final Supplier<GameRuntime> games;
    private final List<GameRuntime> made = new ArrayList<>();

    ScratchApps(Supplier<GameRuntime> games) {
        this.games = games;
    }

    @Override
    public synchronized App get() {
        GameRuntime game = games.get();
        made.add(game);
        return game.app();
    }

    /** How many games this has made and not yet closed. */
    public synchronized int open() {
        return made.size();
    }

    @Override
    public synchronized void close() {
        made.forEach(GameRuntime::close);
        made.clear();
    }
}
