-- expect: sandbox max_
while true do end
return { on_start = function(self) end }
