-- expect: static @2:11 sandbox-escape outside the script root
local x = require("..\\..\\etc.passwd")
return { on_start = function(self) end }
