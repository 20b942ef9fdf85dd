// patrol.ts: moves its entity back and forth along X (amplitude 3 m, one cycle per ~6 s), keeping Y and Z.
// AssemblyScript; built with `npm run build:as`. Imports follow the ABI in docs/architecture.md: a vec3 result is
// written through an out pointer, a vec3 argument is three f32.

@external("luminara", "transform.get_position")
declare function get_position(entity: i64, out: usize): void;

@external("luminara", "transform.set_position")
declare function set_position(entity: i64, x: f32, y: f32, z: f32): void;

let elapsed: f64 = 0;
const scratch = memory.data(16);

export function on_update(entity: i64, dt: f64): void {
  elapsed += dt;
  get_position(entity, scratch);
  const y = load<f32>(scratch, 4);
  const z = load<f32>(scratch, 8);
  set_position(entity, <f32>(3.0 * Math.sin(elapsed)), y, z);
}

export function alloc(size: i32): usize {
  return heap.alloc(<usize>size);
}
