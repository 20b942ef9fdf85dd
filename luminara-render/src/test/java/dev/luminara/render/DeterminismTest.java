package dev.luminara.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.app.App;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    @Test
    void theSameWorldGivesTheSamePixelsEveryTime() {
        App app = TestScenes.arena();
        Viewport v = Viewport.of(CaptureConfig.defaults()
                .withSize(240, 135)
                .withAnnotations(AnnotationConfig.ALL)
                .withAngles(ViewAngle.values()));
        List<Capture> first = v.captureAll(app.world());
        List<Capture> again = v.captureAll(app.world().fork());
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i).image()).isEqualTo(first.get(i).image());
            assertThat(again.get(i).description()).isEqualTo(first.get(i).description());
            assertThat(v.capture(app.world(), first.get(i).angle()).image())
                    .isEqualTo(first.get(i).image());
        }
    }

    @Test
    void pngBytesDecodeToTheSamePixels() {
        App app = TestScenes.arena();
        Capture c = Viewport.of(CaptureConfig.defaults().withSize(160, 90)).capture(app.world());
        byte[] png = c.encoded();
        assertThat(c.mimeType()).isEqualTo("image/png");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Image.decode(png)).isEqualTo(c.image());
        byte[] jpeg = c.image().encode(ImageFormat.JPEG);
        assertThat(jpeg).startsWith(0xFF, 0xD8);
        assertThat(Image.decode(jpeg).width()).isEqualTo(160);
    }
}
