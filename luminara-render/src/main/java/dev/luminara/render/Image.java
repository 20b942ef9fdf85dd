package dev.luminara.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** An immutable opaque RGB image (pixels as 0xRRGGBB, row by row from the top-left), encodable as PNG or JPEG. */
public final class Image {
    private final int width;
    private final int height;
    private final int[] rgb;

    private Image(int width, int height, int[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** A copy of {@code rgb} (0xRRGGBB per pixel; any alpha byte is dropped) as an image. */
    public static Image of(int width, int height, int[] rgb) {
        if (width < 1 || height < 1 || rgb.length != width * height) {
            throw new RenderException("an image of " + width + "x" + height + " needs " + ((long) width * height)
                    + " pixels, got " + rgb.length);
        }
        int[] copy = new int[rgb.length];
        for (int i = 0; i < copy.length; i++) copy[i] = rgb[i] & 0xFFFFFF;
        return new Image(width, height, copy);
    }

    /** Decodes a PNG or JPEG. */
    public static Image decode(byte[] encoded) {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(encoded));
        } catch (IOException e) {
            throw new RenderException("cannot decode image: " + e.getMessage(), e);
        }
        if (img == null)
            throw new RenderException("cannot decode image: not a PNG or JPEG (" + encoded.length + " bytes)");
        return of(
                img.getWidth(),
                img.getHeight(),
                img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
    }

    public static Image read(Path file) {
        try {
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new RenderException(file + ": cannot read image: " + e.getMessage(), e);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at (x, y) as 0xRRGGBB. */
    public int rgb(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + "," + y + ") outside " + width + "x" + height);
        }
        return rgb[y * width + x];
    }

    /** A copy of all pixels. */
    public int[] pixels() {
        return rgb.clone();
    }

    public BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, width, height, rgb, 0, width);
        return img;
    }

    public byte[] encode(ImageFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 2);
        try {
            if (!ImageIO.write(toBufferedImage(), format == ImageFormat.PNG ? "png" : "jpeg", out)) {
                throw new RenderException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] toPng() {
        return encode(ImageFormat.PNG);
    }

    /** Writes the image in the given format, creating parent directories. */
    public void write(Path file, ImageFormat format) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.write(file, encode(format));
        } catch (IOException e) {
            throw new RenderException(file + ": cannot write image: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image other
                && other.width == width
                && other.height == height
                && Arrays.equals(other.rgb, rgb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "Image[" + width + "x" + height + "]";
    }
}
