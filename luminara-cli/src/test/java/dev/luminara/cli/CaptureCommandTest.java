package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.testing.Samples;
import dev.luminara.render.Image;
import dev.luminara.render.ImageFormat;
import dev.luminara.render.ViewAngle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureCommandTest {
    private static final String ARENA = Samples.arenaScene().toString();

    @Test
    void capturesTheCameraViewToAPngOfTheRequestedSize(@TempDir Path dir) {
        Path out = dir.resolve("shot.png");
        CliRun run = CliRun.of(
                "capture", ARENA, "--out", out.toString(), "--width", "160", "--height", "90", "--supersample", "1");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("wrote " + out + " (160x90, camera view, ")
                .containsPattern("\\d+ entities in the frame, \\d+ visible\\)\n$");
        Image img = Image.read(out);
        assertThat(img.width()).isEqualTo(160);
        assertThat(img.height()).isEqualTo(90);
    }

    @Test
    void severalAnglesGiveOneFileEachAndAContactSheet(@TempDir Path dir) {
        Path out = dir.resolve("views/arena.png");
        CliRun run = CliRun.of(
                "capture",
                ARENA,
                "--out",
                out.toString(),
                "--angles",
                "camera,top,front,iso",
                "--width",
                "120",
                "--height",
                "80",
                "--annotate",
                "--frames",
                "3",
                "--describe");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String angle : new String[] {"camera", "top", "front", "iso"}) {
            assertThat(Files.exists(dir.resolve("views/arena-" + angle + ".png")))
                    .as(angle)
                    .isTrue();
        }
        assertThat(Image.read(out).width()).isGreaterThan(240);
        assertThat(run.out())
                .contains("contact sheet of 4 views")
                .contains("top view, 120x80, orthographic")
                .contains("7v0 player: blue capsule");
    }

    @Test
    void annotatingAndSelectingChangeTheImage(@TempDir Path dir) {
        Path plain = dir.resolve("plain.png"), selected = dir.resolve("selected.png");
        String[] common = {"--width", "200", "--height", "120", "--supersample", "1"};
        assertThat(CliRun.of(concat(new String[] {"capture", ARENA, "--out", plain.toString()}, common))
                        .exitCode())
                .isZero();
        CliRun run = CliRun.of(
                concat(new String[] {"capture", ARENA, "--out", selected.toString(), "--select", "player,12"}, common));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Image.read(selected)).isNotEqualTo(Image.read(plain));
    }

    @Test
    void jpegFollowsTheExtension(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("shot.jpg");
        CliRun run = CliRun.of("capture", ARENA, "--out", out.toString(), "--width", "64", "--height", "36");
        assertThat(run.exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).isEqualTo((byte) 0xFF);
        assertThat(bytes[1]).isEqualTo((byte) 0xD8);
    }

    @Test
    void badOptionsAreUsageErrorsThatNameTheValue(@TempDir Path dir) {
        String out = dir.resolve("x.png").toString();
        CliRun angle = CliRun.of("capture", ARENA, "--out", out, "--angles", "camera,side");
        assertThat(angle.exitCode()).isEqualTo(2);
        assertThat(angle.err())
                .isEqualTo("luminara capture: unknown view angle 'side', expected one of camera, top, front, iso"
                        + " (see 'luminara capture --help')\n");
        CliRun bmp = CliRun.of("capture", ARENA, "--out", dir.resolve("x.bmp").toString());
        assertThat(bmp.exitCode()).isEqualTo(2);
        assertThat(bmp.err()).contains("the image must be .png, .jpg or .jpeg");
        assertThat(dir.resolve("x.bmp")).doesNotExist();
        CliRun size = CliRun.of("capture", ARENA, "--out", out, "--width", "5");
        assertThat(size.exitCode()).isEqualTo(2);
        assertThat(size.err()).contains("image size must be within 16..8192 on each side, got 5x720");
        CliRun select = CliRun.of("capture", ARENA, "--out", out, "--select", "plyer");
        assertThat(select.exitCode()).isEqualTo(2);
        assertThat(select.err()).contains("--select: no entity named or numbered 'plyer'");
        CliRun missing = CliRun.of("capture", "no/such.json", "--out", out);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("luminara capture: no/such.json: no such file\n");
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    @Test
    void siblingFilesAreNamedAfterTheAngle() {
        assertThat(CaptureCommand.sibling(Path.of("shots/a.png"), ViewAngle.ISOMETRIC, ImageFormat.PNG))
                .isEqualTo(Path.of("shots/a-iso.png"));
        assertThat(CaptureCommand.sibling(Path.of("shot"), ViewAngle.TOP, ImageFormat.JPEG))
                .isEqualTo(Path.of("shot-top.jpg"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
