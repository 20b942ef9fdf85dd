package dev.luminara.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Projection;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import dev.luminara.render.internal.Annotator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overlays appear where the entities project, checked against an independent projection and pixel colours. */
class AnnotationTest {
    static final int W = 320, H = 240;
    static final AnnotationConfig BOXES = new AnnotationConfig(false, true, false, false, Set.of());
    static final AnnotationConfig NAMES = new AnnotationConfig(true, false, false, false, Set.of());
    static final AnnotationConfig LIGHTS = new AnnotationConfig(false, false, true, false, Set.of());

    World world;
    Entity crate;
    Entity target;
    Entity lamp;

    @BeforeEach
    void scene() {
        world = new World();
        TestScenes.camera(world, Projection.PERSPECTIVE);
        TestScenes.sun(world, 1f);
        crate = TestScenes.box(world, "crate", new Vec3(-1.5f, 0.5f, 0), Color.RED);
        target = TestScenes.box(world, "target", new Vec3(1.5f, 0.5f, 0), Color.BLUE);
        Transform at = Transform.at(0, 2.5f, 1);
        lamp = world.spawn(Name.of("lamp"), at, GlobalTransform.of(at), Light.point(new Color(1, 0.5f, 0, 1), 1, 6));
    }

    Capture capture(AnnotationConfig a) {
        return Viewport.of(CaptureConfig.defaults().withSize(W, H).withAnnotations(a))
                .capture(world);
    }

    @Test
    void theDescribedBoxIsWhereTheCubeProjects() {
        Capture c = capture(AnnotationConfig.NONE);
        for (Entity e : List.of(crate, target)) {
            Vec3 at = world.get(e, Transform.class).position();
            int[] oracle = TestScenes.projectedCube(at, Projection.PERSPECTIVE, W, H);
            ScreenBox box = c.description().entity(e).orElseThrow().box();
            assertThat(box.x()).isCloseTo(oracle[0], within(2));
            assertThat(box.y()).isCloseTo(oracle[1], within(2));
            assertThat(box.maxX()).isCloseTo(oracle[2], within(2));
            assertThat(box.maxY()).isCloseTo(oracle[3], within(2));
        }
    }

    @Test
    void boundingBoxesAreDrawnOnTheProjectedBoxInTheEntitysColour() {
        Capture plain = capture(AnnotationConfig.NONE);
        Capture boxed = capture(BOXES);
        for (Entity e : List.of(crate, target)) {
            ScreenBox b = boxed.description().entity(e).orElseThrow().box();
            int color = Annotator.boxColor(e.index());
            int[][] edgePoints = {
                {b.x(), b.centerY()}, {b.maxX(), b.centerY()}, {b.centerX(), b.y()}, {b.centerX(), b.maxY()}
            };
            for (int[] p : edgePoints) {
                assertThat(boxed.image().rgb(p[0], p[1]))
                        .as("box edge of %s at %d,%d", e, p[0], p[1])
                        .isEqualTo(color);
                assertThat(plain.image().rgb(p[0], p[1])).isNotEqualTo(color);
            }
            // inside the box the scene is left alone
            assertThat(boxed.image().rgb(b.centerX(), b.centerY()))
                    .isEqualTo(plain.image().rgb(b.centerX(), b.centerY()));
        }
    }

    @Test
    void nameLabelsSitJustAboveWhereTheEntityIsSeen() {
        Capture plain = capture(AnnotationConfig.NONE);
        Capture named = capture(NAMES);
        ScreenBox vis = named.description().entity(crate).orElseThrow().visibleBox();
        // the label's coloured stripe is its first three columns, its bottom one pixel above the visible box
        int stripeY = vis.y() - 6;
        assertThat(named.image().rgb(vis.x() + 1, stripeY)).isEqualTo(Annotator.boxColor(crate.index()));
        long changed = 0;
        for (int y = vis.y() - 18; y < vis.y() - 1; y++) {
            for (int x = vis.x() + 6; x < vis.x() + 46; x++) {
                if (named.image().rgb(x, y) != plain.image().rgb(x, y)) changed++;
            }
        }
        assertThat(changed).as("label pixels above the crate").isGreaterThan(300);
        // below the crate nothing was drawn
        for (int x = vis.x(); x <= vis.maxX(); x++) {
            assertThat(named.image().rgb(x, vis.maxY() + 3))
                    .isEqualTo(plain.image().rgb(x, vis.maxY() + 3));
        }
    }

    @Test
    void lightIconsAreDrawnAtTheLightsProjectedPositionInItsColour() {
        Capture c = capture(LIGHTS);
        ScreenPoint p = c.description().light(lamp).orElseThrow().screen();
        float[] oracle = TestScenes.project(new Vec3(0, 2.5f, 1), Projection.PERSPECTIVE, W, H);
        assertThat(p.x()).isCloseTo((int) oracle[0], within(1));
        assertThat(p.y()).isCloseTo((int) oracle[1], within(1));
        assertThat(c.image().rgb(p.x(), p.y())).isEqualTo(0xFF8000);
        // the sun is far above the view: described, but not on screen
        assertThat(c.description().lights()).extracting(VisibleLight::name).containsExactly("sun", "lamp");
        assertThat(c.description().lights().get(0).screen()).isNull();
    }

    @Test
    void selectedEntitiesAreTintedAndOutlinedOthersAreNot() {
        Capture plain = capture(AnnotationConfig.NONE);
        Capture selected = capture(AnnotationConfig.NONE.selecting(List.of(crate)));
        VisibleEntity v = selected.description().entity(crate).orElseThrow();
        assertThat(v.selected()).isTrue();
        assertThat(selected.description().entity(target).orElseThrow().selected())
                .isFalse();
        ScreenBox vis = v.visibleBox();
        int cy = vis.centerY();
        assertThat(selected.image().rgb(vis.x() - 1, cy)).isEqualTo(Annotator.SELECTED);
        assertThat(selected.image().rgb(vis.maxX() + 1, cy)).isEqualTo(Annotator.SELECTED);
        int inside = selected.image().rgb(vis.centerX(), cy),
                before = plain.image().rgb(vis.centerX(), cy);
        assertThat(inside).isNotEqualTo(before);
        assertThat((inside >> 8) & 255).as("green rises towards orange").isGreaterThan((before >> 8) & 255);
        ScreenBox other = selected.description().entity(target).orElseThrow().visibleBox();
        assertThat(selected.image().rgb(other.centerX(), other.centerY()))
                .isEqualTo(plain.image().rgb(other.centerX(), other.centerY()));
        assertThat(selected.image().rgb(other.x() - 1, other.centerY()))
                .isEqualTo(plain.image().rgb(other.x() - 1, other.centerY()));
    }

    @Test
    void anEntityHiddenBehindAnotherIsDescribedAsHiddenAndGetsADashedBox() {
        // a small box straight behind the crate, as seen from the camera
        Vec3 crateAt = world.get(crate, Transform.class).position();
        Vec3 behind = crateAt.add(crateAt.sub(TestScenes.EYE).normalized().mul(3));
        Entity hidden = world.spawn(
                Name.of("hidden"),
                Transform.at(behind).withScale(new Vec3(0.3f, 0.3f, 0.3f)),
                GlobalTransform.of(Transform.at(behind).withScale(new Vec3(0.3f, 0.3f, 0.3f))),
                MeshShape.box(1, 1, 1, Color.GREEN));
        Capture c = capture(BOXES);
        VisibleEntity v = c.description().entity(hidden).orElseThrow();
        assertThat(v.visiblePixels()).isZero();
        assertThat(v.visibleBox()).isNull();
        assertThat(c.description().toText()).contains("hidden: green box").contains("hidden\n");
        ScreenBox b = v.box();
        int color = Annotator.boxColor(hidden.index());
        int on = 0, off = 0;
        for (int x = b.x(); x <= b.maxX(); x++) {
            if (c.image().rgb(x, b.y()) == color) on++;
            else off++;
        }
        assertThat(on).as("dashes").isPositive();
        assertThat(off).as("gaps").isPositive();
    }

    @Test
    void aHeaderNamesTheViewOnlyWhenAnnotating() {
        Capture plain = capture(AnnotationConfig.NONE);
        Capture named = capture(NAMES);
        int differing = 0;
        for (int x = 0; x < 120; x++) {
            if (plain.image().rgb(x, 8) != named.image().rgb(x, 8)) differing++;
        }
        assertThat(differing).isGreaterThan(60);
    }
}
