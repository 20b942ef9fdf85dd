-- expect: static @5:3 unknown-api `audio.play_sound` is unknown
local C = {}

function C:on_start()
  audio.play_sound(self.entity)
end

return C
