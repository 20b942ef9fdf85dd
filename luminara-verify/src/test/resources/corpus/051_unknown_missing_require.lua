-- expect: static @2:11 require finds no
local m = require("lib.missing")
local C = {}
function C:on_start() end
return C
