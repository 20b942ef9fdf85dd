package dev.luminara.ai.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.testing.Arena;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SemanticIndexTest {
    private World world;
    private SemanticIndex index;

    @BeforeEach
    void setUp() {
        world = Arena.load();
        index = new SemanticIndex(world, SpatialIndex.of(world));
    }

    private List<String> names(String query, int k) {
        return index.search(query, k).stream().map(SearchHit::name).toList();
    }

    @Test
    void theBoundsShrinkBackWhenAMassSpawnFarAwayIsDestroyed() {
        Bounds before = index.bounds();
        List<Entity> far = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            far.add(world.spawn(
                    Transform.at(200 + i, 0, 200),
                    dev.luminara.core.component.MeshShape.box(1, 1, 1, dev.luminara.core.math.Color.GREY)));
        }
        index.refresh();
        assertThat(index.bounds().maxX()).isGreaterThan(500);
        far.forEach(world::despawn);
        index.refresh();
        assertThat(index.bounds()).isEqualTo(before);
    }

    @Test
    void theRedEnemyNearTheTowerIsFoundFirst() {
        List<SearchHit> hits = index.search("the red enemy near the tower", 5);
        assertThat(hits.get(0).name()).isEqualTo("enemy_red");
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void matchesNamesTagsColoursKindsAndPositionWords() {
        assertThat(names("buggy", 1)).containsExactly("buggy");
        assertThat(names("enemies", 4))
                .containsExactlyInAnyOrder("enemy_grunt_1", "enemy_grunt_2", "enemy_red", "enemy_scout");
        assertThat(names("purple", 1)).containsExactly("enemy_scout");
        assertThat(names("the orange vehicle", 1)).containsExactly("buggy");
        assertThat(names("camera", 1)).containsExactly("camera");
        assertThat(names("watchtower in the north-east corner", 1)).containsExactly("tower");
        assertThat(names("coin pickup", 2)).containsExactlyInAnyOrder("pickup_coin_1", "pickup_coin_2");
        assertThat(names("lamp near the tower", 1)).containsExactly("tower_lamp");
    }

    @Test
    void nothingMatchesStopWordsOnly() {
        assertThat(index.search("the of a", 5)).isEmpty();
        assertThat(index.search("", 5)).isEmpty();
    }

    @Test
    void updatesIncrementallyWhenEntitiesChange() {
        assertThat(index.size()).isEqualTo(20);
        int rebuilds = index.rebuilds();
        Entity scout = Arena.named(world, "enemy_scout");
        world.set(scout, new Name("zebra_runner"));
        assertThat(names("zebra", 1)).containsExactly("zebra_runner");
        world.despawn(Arena.named(world, "buggy"));
        assertThat(names("buggy", 3)).isEmpty();
        Entity fresh = world.spawn(new Name("barrel"), Tags.of("explosive"), Transform.at(1, 0, 1));
        assertThat(index.search("explosive", 1)).extracting(SearchHit::entity).containsExactly(fresh);
        assertThat(index.rebuilds()).isEqualTo(rebuilds);
    }

    @Test
    void movingALandmarkUpdatesWhatIsNearIt() {
        Entity grunt = Arena.named(world, "enemy_grunt_1");
        assertThat(names("enemy near the tower", 1)).containsExactly("enemy_red");
        // the tower moves next to the first grunt and away from the red enemy
        Entity tower = Arena.named(world, "tower");
        world.set(tower, Transform.at(-8, 4, 2));
        world.set(Arena.named(world, "enemy_red"), Transform.at(8, 0.9f, 12));
        List<SearchHit> hits = index.search("enemy near the tower", 1);
        assertThat(hits).extracting(SearchHit::entity).containsExactly(grunt);
    }
}
