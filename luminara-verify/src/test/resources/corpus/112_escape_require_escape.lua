-- expect: static sandbox-escape outside the script root
local x = require("..\\..\\etc.passwd")
return { on_start = function(self) end }
