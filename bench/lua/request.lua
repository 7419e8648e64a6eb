-- One fixed request with a method and a body, for wrk (4.1.0):
--   wrk ... -s bench/lua/request.lua http://127.0.0.1:PORT -- METHOD PATH BODY ['Name: value' ...]
-- wrk formats it once (wrk.init after this init), so the load costs wrk no Lua per request.
function init(args)
  wrk.method = args[1]
  wrk.path = args[2]
  if args[3] ~= nil and args[3] ~= "" then
    wrk.body = args[3]
    wrk.headers["Content-Type"] = "application/json"
  end
  for i = 4, #args do
    local name, value = string.match(args[i], "^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
  end
end
