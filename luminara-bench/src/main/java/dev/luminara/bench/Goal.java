package dev.luminara.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The target ratio of a benchmark method against its class's baseline, printed by {@link RatioRunner} as met or
 * missed. Ratios are cost ratios (1.5 = half again as slow as the baseline; 0.02 = fifty times faster), so a goal is a
 * maximum.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Goal {
    /** The largest acceptable ratio. */
    double max();
}
