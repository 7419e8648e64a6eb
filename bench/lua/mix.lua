-- A weighted, deterministic mix of requests, for wrk (4.1.0):
--   wrk ... -s bench/lua/mix.lua http://127.0.0.1:PORT -- SPEC [SPEC ...]
-- SPEC is  WEIGHT|METHOD|PATH|BODY|Name: value|Name: value ...   (BODY may be empty)
--      or  @N|METHOD|PATH|BODY|...  : sent instead of the mix as every N-th request of a thread (e.g. a reset)
-- With the environment variable WRK_DELAY_MS set, every connection waits that many milliseconds after each answer
-- (a moderate, steady load). wrk looks for delay() when it loads the script, before init, hence the variable.
local cycle, every = {}, {}
local sent = 0

local function split(spec)
  local parts = {}
  for part in string.gmatch(spec .. "|", "([^|]*)|") do
    parts[#parts + 1] = part
  end
  return parts
end

local function build(parts)
  local headers = {}
  for i = 5, #parts do
    local name, value = string.match(parts[i], "^([^:]+):%s*(.*)$")
    if name then headers[name] = value end
  end
  local body = parts[4]
  if body == "" then
    body = nil
  else
    headers["Content-Type"] = "application/json"
  end
  return wrk.format(parts[2], parts[3], headers, body)
end

local function gcd(a, b)
  while b ~= 0 do a, b = b, a % b end
  return a
end

function init(args)
  local blocks = {}
  for _, arg in ipairs(args) do
    local parts = split(arg)
    local n = string.match(parts[1], "^@(%d+)$")
    if n then
      every[#every + 1] = { n = tonumber(n), req = build(parts) }
    else
      local req = build(parts)
      for _ = 1, tonumber(parts[1]) do blocks[#blocks + 1] = req end
    end
  end
  -- interleave the kinds instead of sending each in a block: walk the list with a stride coprime to its size
  local size, stride = #blocks, 7
  while size > 1 and gcd(stride, size) ~= 1 do stride = stride + 1 end
  for i = 0, size - 1 do cycle[i + 1] = blocks[(i * stride) % size + 1] end
end

function request()
  sent = sent + 1
  for _, e in ipairs(every) do
    if sent % e.n == 0 then return e.req end
  end
  return cycle[(sent - 1) % #cycle + 1]
end

local pause = tonumber(os.getenv("WRK_DELAY_MS") or "")
if pause then
  function delay()
    return pause
  end
end
