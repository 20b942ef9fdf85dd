package dev.luminara.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.Entity;
import dev.luminara.core.app.App;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "What did that operation do?": before/after captures of the arena, with core's change tracking as the list. */
class CompareTest {
    static final Entity PLAYER = Entity.ofIndex(7);
    static final Entity GRUNT = Entity.ofIndex(8);
    static final Entity COIN = Entity.ofIndex(15);
    static final Entity TOWER_LAMP = Entity.ofIndex(13);

    App app;
    Viewport viewport = Viewport.of(CaptureConfig.defaults().withSize(480, 270));
    Capture before;
    long tick;

    @BeforeEach
    void arena() {
        app = TestScenes.arena();
        before = viewport.capture(app.world());
        tick = app.world().checkpoint();
    }

    void move(Entity e, Vec3 by) {
        app.world().set(e, app.world().get(e, Transform.class).translate(by));
    }

    List<EntityChange> changes() {
        return EntityChange.fromChanges(app.world().changesSince(tick), app.world());
    }

    Comparison compareNow(List<EntityChange> changes) {
        app.step(); // transform propagation writes the new GlobalTransform
        return viewport.compareBeforeAfter(before, viewport.capture(app.world()), changes);
    }

    @Test
    void movingOneEntityIsDetectedAndNothingElseIsFlagged() {
        move(PLAYER, new Vec3(3, 0, -2));
        app.step();
        List<EntityChange> changes = changes();
        assertThat(changes).extracting(EntityChange::entity).containsExactly(PLAYER);
        assertThat(changes.get(0).components()).containsExactly("Transform");
        Comparison c = viewport.compareBeforeAfter(before, viewport.capture(app.world()), changes);

        assertThat(c.regions()).isNotEmpty();
        assertThat(c.unexplainedRegions()).isEmpty();
        assertThat(c.regions()).allSatisfy(r -> assertThat(r.explainedBy()).containsExactly(PLAYER));
        ChangeOnScreen player = c.changes().get(0);
        assertThat(player.change().name()).isEqualTo("player");
        assertThat(player.before()).isNotNull().isNotEqualTo(player.after());
        assertThat(player.visible()).isTrue();
        // every changed pixel lies near where the player was or is now (with its shadow)
        ScreenBox near = player.before().union(player.after());
        for (ChangedRegion r : c.regions()) assertThat(r.box().near(near, 12)).isTrue();
        assertThat(c.changedFraction()).isLessThan(0.02);
        assertThat(c.toText()).contains("modified 7v0 player [Transform]").doesNotContain("not explained");
    }

    @Test
    void identicalCapturesHaveNoRegions() {
        Comparison c = compareNow(changes());
        assertThat(c.changedPixels()).isZero();
        assertThat(c.regions()).isEmpty();
        assertThat(c.changes()).isEmpty();
    }

    @Test
    void aChangeTheCallerDidNotReportIsFlaggedAsUnexplained() {
        move(PLAYER, new Vec3(3, 0, -2));
        move(GRUNT, new Vec3(0, 0, 4));
        List<EntityChange> onlyPlayer = List.of(EntityChange.modified(PLAYER, null, "Transform"));
        Comparison c = compareNow(onlyPlayer);
        assertThat(c.unexplainedRegions()).isNotEmpty();
        assertThat(c.unexplainedRegions())
                .allSatisfy(r -> assertThat(r.entities()).contains(GRUNT));
        assertThat(c.heatMap().width()).isEqualTo(480);
    }

    @Test
    void aDespawnedEntityExplainsTheRegionWhereItWas() {
        app.world().despawn(COIN);
        Comparison c = compareNow(changes());
        assertThat(c.changes()).hasSize(1);
        ChangeOnScreen coin = c.changes().get(0);
        assertThat(coin.change().kind()).isEqualTo(EntityChangeKind.DESPAWNED);
        assertThat(coin.change().name())
                .as("name taken from the before capture")
                .isEqualTo("pickup_coin_1");
        assertThat(coin.after()).isNull();
        assertThat(coin.before()).isNotNull();
        assertThat(c.regions()).hasSize(1);
        assertThat(c.regions().get(0).explainedBy()).containsExactly(COIN);
    }

    @Test
    void aChangedLightExplainsTheShadingItChanged() {
        Light lamp = app.world().get(TOWER_LAMP, Light.class);
        app.world().set(TOWER_LAMP, new Light(lamp.kind(), lamp.color(), 0, lamp.range()));
        Comparison c = compareNow(changes());
        assertThat(c.regions()).isNotEmpty();
        assertThat(c.unexplainedRegions()).isEmpty();
        assertThat(c.changes().get(0).change().components()).containsExactly("Light");
    }

    @Test
    void theHeatMapMarksTheChangedRegion() {
        move(PLAYER, new Vec3(3, 0, -2));
        Comparison c = compareNow(List.of(EntityChange.modified(PLAYER, "player", "Transform")));
        ScreenBox r = c.regions().get(0).box();
        Image heat = c.heatMap();
        // region outline (2 px outside the box) in the explained colour; far from it the image is dimmed grey
        assertThat(heat.rgb(Math.max(0, r.x() - 2), r.centerY())).isEqualTo(0x2EE6FF);
        int corner = heat.rgb(heat.width() - 5, heat.height() - 5);
        assertThat(((corner >> 16) & 255)).isEqualTo(corner & 255);
    }

    @Test
    void capturesOfDifferentSizesCannotBeCompared() {
        Capture small = Viewport.of(CaptureConfig.defaults().withSize(100, 50)).capture(app.world());
        assertThatThrownBy(() -> viewport.compareBeforeAfter(before, small, List.of()))
                .isInstanceOf(ImageSizeMismatchException.class)
                .hasMessage("cannot compare a 480x270 image with a 100x50 one: capture both with the same width and"
                        + " height");
    }

    @Test
    void imagesAloneCanBeComparedWithoutAttribution() {
        move(PLAYER, new Vec3(3, 0, -2));
        app.step();
        Image after = viewport.capture(app.world()).image();
        Comparison c = viewport.compareImages(before.image(), after, DiffSettings.DEFAULT);
        assertThat(c.regions()).isNotEmpty().allSatisfy(r -> assertThat(r.explained())
                .isFalse());
        Comparison strict = viewport.compareImages(before.image(), after, new DiffSettings(254, 0, 1));
        assertThat(strict.regions()).isEmpty();
    }
}
