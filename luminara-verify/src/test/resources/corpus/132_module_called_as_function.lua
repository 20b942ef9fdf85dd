-- expect: static @6:5 module-call did you mean `log.info(...)`
local C = {}

function C:on_update(dt)
  if input.just_pressed("jump") then
    log("JUMP")
  end
end

return C
