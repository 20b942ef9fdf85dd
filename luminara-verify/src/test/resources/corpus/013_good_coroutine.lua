-- expect: pass
local C = {}

function C:on_start()
  self.co = coroutine.create(function()
    for i = 1, 3 do coroutine.yield(i) end
  end)
end

function C:on_update(dt)
  if coroutine.status(self.co) ~= "dead" then coroutine.resume(self.co) end
end

return C
