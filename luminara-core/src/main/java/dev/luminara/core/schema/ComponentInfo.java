package dev.luminara.core.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes a component record for schema discovery: what agents and tools read about it. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ComponentInfo {
    /** The name used in scenes, tools and scripts; defaults to the record's simple name. */
    String name() default "";

    String description();

    /** A coarse grouping such as "core", "physics", "rendering", "audio", "gameplay". */
    String category() default "gameplay";

    /** Components that usually go with this one, by name (more are derived from the world at run time). */
    String[] pairedWith() default {};

    /** Example values as JSON objects, in the same form a scene file uses. */
    String[] examples() default {};

    /**
     * Store values as one primitive array per field (structure of arrays) so that bulk systems stream over them. Only
     * for records made of primitives, enums and such records; others are stored as references regardless.
     */
    boolean packed() default false;
}
