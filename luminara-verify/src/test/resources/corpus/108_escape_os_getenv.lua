-- expect: static @5:18 sandbox-escape `os.getenv` is not available
local C = {}

function C:on_start()
  self.home = os.getenv("HOME")
end

return C
