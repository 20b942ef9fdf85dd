package dev.luminara.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.component.MeshShape;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arena sample from every angle, plain and annotated, against committed images. */
class GoldenImageTest {
    private static App arena;

    @BeforeAll
    static void load() {
        arena = TestScenes.arena();
    }

    @Test
    void everyAngleOfTheArenaMatchesItsGoldenImage() throws Exception {
        Viewport viewport = Viewport.of(CaptureConfig.defaults()
                .withSize(320, 180)
                .withSupersample(2)
                .withAngles(ViewAngle.CAMERA, ViewAngle.TOP, ViewAngle.FRONT, ViewAngle.ISOMETRIC));
        List<Capture> captures = viewport.captureAll(arena.world());
        assertThat(captures).extracting(Capture::angle).containsExactly(ViewAngle.values());
        for (Capture c : captures)
            Goldens.assertMatches(c.image(), "arena-" + c.angle().shortName() + ".png");
    }

    @Test
    void theAnnotatedCameraViewMatchesItsGoldenImage() throws Exception {
        Viewport viewport =
                Viewport.of(CaptureConfig.defaults().withSize(640, 360).withAnnotations(AnnotationConfig.ALL));
        Goldens.assertMatches(viewport.capture(arena.world()).image(), "arena-camera-annotated.png");
    }

    @Test
    void theContactSheetMatchesItsGoldenImage() throws Exception {
        Viewport viewport = Viewport.of(CaptureConfig.defaults()
                .withSize(200, 120)
                .withAngles(ViewAngle.CAMERA, ViewAngle.TOP, ViewAngle.FRONT, ViewAngle.ISOMETRIC));
        Image sheet = Viewport.contactSheet(viewport.captureAll(arena.world()));
        assertThat(sheet.width()).isGreaterThan(400);
        Goldens.assertMatches(sheet, "arena-sheet.png");
    }

    @Test
    void removingTheTowerFailsTheGoldenComparison() {
        Assumptions.assumeFalse(Boolean.getBoolean(Goldens.UPDATE), "goldens are being regenerated");
        Viewport viewport = Viewport.of(
                CaptureConfig.defaults().withSize(320, 180).withSupersample(2).withAngles(ViewAngle.CAMERA));
        World world = arena.world().fork();
        world.remove(Entity.ofIndex(12), MeshShape.class);
        Image changed = viewport.capture(world).image();
        assertThatThrownBy(() -> Goldens.assertMatches(changed, "arena-camera.png", false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("of pixels differ");
    }
}
