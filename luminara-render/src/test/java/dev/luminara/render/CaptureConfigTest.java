package dev.luminara.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.Entity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaptureConfigTest {
    @Test
    void badSizesAndSettingsAreRejectedWithTheValueThatWasWrong() {
        CaptureConfig d = CaptureConfig.defaults();
        assertThatThrownBy(() -> d.withSize(0, 720))
                .isInstanceOf(RenderException.class)
                .hasMessage("image size must be within 16..8192 on each side, got 0x720");
        assertThatThrownBy(() -> d.withSupersample(5)).hasMessage("supersample must be 1, 2, 3 or 4, got 5");
        assertThatThrownBy(() -> d.withSize(8192, 8192).withSupersample(2)).hasMessageContaining("image too large");
        assertThatThrownBy(() -> d.withAngles(List.of())).hasMessage("at least one view angle is required");
        assertThatThrownBy(() -> new DiffSettings(300, 4, 1)).hasMessage("threshold must be 0..254, got 300");
    }

    @Test
    void anglesParseFromTheirShortAndLongNamesInOrderWithoutDuplicates() {
        assertThat(ViewAngle.parseList("top, camera,iso,top,ISOMETRIC,front"))
                .containsExactly(ViewAngle.TOP, ViewAngle.CAMERA, ViewAngle.ISOMETRIC, ViewAngle.FRONT);
        assertThatThrownBy(() -> ViewAngle.parse("diagonal"))
                .isInstanceOf(RenderException.class)
                .hasMessage("unknown view angle 'diagonal', expected one of camera, top, front, iso");
        assertThatThrownBy(() -> ViewAngle.parseList(" , ")).hasMessage("no view angle in ' , '");
    }

    @Test
    void formatsParseAndNameTheirMimeType() {
        assertThat(ImageFormat.parse("JPG")).isEqualTo(ImageFormat.JPEG);
        assertThat(ImageFormat.PNG.mimeType()).isEqualTo("image/png");
        assertThatThrownBy(() -> ImageFormat.parse("gif"))
                .hasMessage("unknown image format 'gif', expected png or jpeg");
    }

    @Test
    void selectingTurnsHighlightingOn() {
        AnnotationConfig a = AnnotationConfig.NONE.selecting(List.of(Entity.ofIndex(3)));
        assertThat(a.highlightSelected()).isTrue();
        assertThat(a.isSelected(Entity.ofIndex(3))).isTrue();
        assertThat(a.isSelected(Entity.ofIndex(4))).isFalse();
        assertThat(a.any()).isTrue();
        assertThat(new AnnotationConfig(false, false, false, true, Set.of()).any())
                .isFalse();
        assertThat(AnnotationConfig.NONE.any()).isFalse();
    }
}
