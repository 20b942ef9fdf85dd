package dev.luminara.core.input;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The raw control names an {@link InputSource} reports and an {@link InputMap} binds: keys, mouse and gamepad buttons
 * (down or up) and analog axes (-1..1). Controls are UPPER_SNAKE ({@code W}, {@code SPACE}, {@code PAD_A},
 * {@code PAD_LEFT_X}); actions and axes of a map are lower_snake ({@code jump}, {@code move_x}), so a name says which
 * kind it is.
 */
public final class Controls {
    /** Keys, mouse buttons and gamepad buttons. */
    public static final Set<String> BUTTONS = buttons();

    /** Gamepad sticks and triggers, mouse movement and wheel. */
    public static final Set<String> AXES = Set.copyOf(new TreeSet<>(Set.of(
            "PAD_LEFT_X",
            "PAD_LEFT_Y",
            "PAD_RIGHT_X",
            "PAD_RIGHT_Y",
            "PAD_LT",
            "PAD_RT",
            "MOUSE_DX",
            "MOUSE_DY",
            "MOUSE_WHEEL")));

    private static final Pattern ACTION_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private Controls() {}

    public static boolean isButton(String name) {
        return BUTTONS.contains(name);
    }

    public static boolean isAxis(String name) {
        return AXES.contains(name);
    }

    public static boolean isControl(String name) {
        return isButton(name) || isAxis(name);
    }

    /** Whether {@code name} has the form of an action or axis name: lower_snake, at most 64 characters. */
    public static boolean isActionName(String name) {
        return name != null && ACTION_NAME.matcher(name).matches();
    }

    /** Every control name, sorted: what "did you mean" suggestions search. */
    public static Set<String> all() {
        TreeSet<String> all = new TreeSet<>(BUTTONS);
        all.addAll(AXES);
        return Collections.unmodifiableSet(all);
    }

    private static Set<String> buttons() {
        TreeSet<String> b = new TreeSet<>();
        for (char c = 'A'; c <= 'Z'; c++) b.add(String.valueOf(c));
        for (int d = 0; d <= 9; d++) b.add("DIGIT_" + d);
        for (int f = 1; f <= 12; f++) b.add("F" + f);
        b.addAll(Set.of(
                "SPACE",
                "ENTER",
                "ESCAPE",
                "TAB",
                "BACKSPACE",
                "SHIFT_LEFT",
                "SHIFT_RIGHT",
                "CTRL_LEFT",
                "CTRL_RIGHT",
                "ALT_LEFT",
                "ALT_RIGHT",
                "ARROW_UP",
                "ARROW_DOWN",
                "ARROW_LEFT",
                "ARROW_RIGHT",
                "MOUSE_LEFT",
                "MOUSE_RIGHT",
                "MOUSE_MIDDLE",
                "PAD_A",
                "PAD_B",
                "PAD_X",
                "PAD_Y",
                "PAD_LB",
                "PAD_RB",
                "PAD_START",
                "PAD_SELECT",
                "PAD_DPAD_UP",
                "PAD_DPAD_DOWN",
                "PAD_DPAD_LEFT",
                "PAD_DPAD_RIGHT",
                "PAD_LEFT_STICK",
                "PAD_RIGHT_STICK"));
        return Set.copyOf(b);
    }
}
