/** The jMonkeyEngine 3 engine adapter for LunyScript, run headless. */
package dev.luminara.jme;
