/** WASM scripts (Chicory) behind the script runtime SPI. */
package dev.luminara.script.wasm;
