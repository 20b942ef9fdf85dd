package dev.luminara.core.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes one field of a component record: meaning, default and constraints. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface FieldInfo {
    String description() default "";

    /** The default as JSON text ({@code "1.0"}, {@code "[0,0,0]"}, {@code "\"idle\""}); empty means required. */
    String defaultValue() default "";

    /** Inclusive lower bound for numbers (and for every component of a vector). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Inclusive upper bound for numbers (and for every component of a vector). */
    double max() default Double.POSITIVE_INFINITY;

    /** The only values a string field may take; empty means any. */
    String[] allowed() default {};

    /** A unit for people and agents: "m", "m/s", "degrees", "kg", "0..1". */
    String unit() default "";
}
