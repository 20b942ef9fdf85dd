-- expect: static @5:6 sandbox-escape `os.execute` is not available
local C = {}

function C:on_start()
  os.execute("rm -rf /")
end

return C
