package dev.luminara.core.audio;

import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;

/** Where the sounds are heard from: the active camera's world position and rotation. */
record ListenerPose(Vec3 position, Quat rotation) {}
