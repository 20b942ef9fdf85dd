package dev.luminara.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.render.ScreenBox;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionFinderTest {
    static int[] blobs(int w, int h, int[]... rects) {
        int[] d = new int[w * h];
        for (int[] r : rects) {
            for (int y = r[1]; y < r[1] + r[3]; y++) for (int x = r[0]; x < r[0] + r[2]; x++) d[y * w + x] = 200;
        }
        return d;
    }

    @Test
    void separateBlobsAreSeparateRegionsBiggestFirst() {
        int[] d = blobs(100, 60, new int[] {5, 5, 4, 4}, new int[] {60, 30, 10, 8});
        List<RegionFinder.Region> r = RegionFinder.find(d, 100, 60, 10, 4, 1);
        assertThat(r)
                .extracting(RegionFinder.Region::box)
                .containsExactly(new ScreenBox(60, 30, 10, 8), new ScreenBox(5, 5, 4, 4));
        assertThat(r.get(0).pixels()).isEqualTo(80);
        assertThat(r.get(0).maxDifference()).isEqualTo(200);
    }

    @Test
    void nearbyBlobsMergeWithinTheMergeDistance() {
        int[] d = blobs(100, 60, new int[] {10, 10, 5, 5}, new int[] {19, 10, 5, 5});
        assertThat(RegionFinder.find(d, 100, 60, 10, 6, 1)).hasSize(1);
        assertThat(RegionFinder.find(d, 100, 60, 10, 6, 1).get(0).box()).isEqualTo(ScreenBox.ofCorners(10, 10, 23, 14));
        assertThat(RegionFinder.find(d, 100, 60, 10, 0, 1)).hasSize(2);
    }

    @Test
    void smallDifferencesAndTinyRegionsAreIgnored() {
        int[] d = blobs(50, 50, new int[] {10, 10, 1, 1}, new int[] {30, 30, 6, 6});
        d[0] = 5; // below the threshold
        List<RegionFinder.Region> r = RegionFinder.find(d, 50, 50, 10, 2, 3);
        assertThat(r).extracting(RegionFinder.Region::box).containsExactly(new ScreenBox(30, 30, 6, 6));
    }

    @Test
    void dilationGrowsBySquareRadius() {
        boolean[] m = new boolean[25];
        m[12] = true;
        boolean[] g = RegionFinder.dilate(m, 5, 5, 1);
        int n = 0;
        for (boolean b : g) if (b) n++;
        assertThat(n).isEqualTo(9);
        assertThat(g[6]).isTrue();
        assertThat(g[0]).isFalse();
    }
}
