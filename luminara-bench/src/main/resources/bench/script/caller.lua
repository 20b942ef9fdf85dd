-- caller.lua: on_update makes 1000 host calls (time.frame), for the per-call overhead benchmark.
return {
  on_update = function(self, dt)
    for i = 1, 1000 do time.frame() end
  end,
}
