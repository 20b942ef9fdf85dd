package dev.luminara.render.internal;

import dev.luminara.render.Capture;
import dev.luminara.render.Image;
import java.util.List;

public final class SheetComposer {
    private SheetComposer() {}

    public static Image compose(List<Capture> captures) {
        return captures.get(0).image();
    }
}
