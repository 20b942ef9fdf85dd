/** Software rendering of the world to images: shaded meshes, annotations, multi-angle capture and before/after comparison. */
package dev.luminara.render;
