-- Plays the requests of a file (env REQUESTS), one per line, in turn:
--   METHOD <TAB> PATH <TAB> HEADERS (Name: value, separated by "|", may be empty) <TAB> BODY (may be empty)
-- With THREADS threads, thread k plays lines k, k+THREADS, … so that no two threads send the same
-- line (a write such as an application is accepted once). Requests are formatted once in init().
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

local reqs = {}
local n = 0
local i = 0

local function split(line)
  local fields = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do fields[#fields + 1] = field end
  return fields
end

function init(args)
  local threads = tonumber(os.getenv("THREADS") or "1")
  local k = 0
  for line in io.lines(os.getenv("REQUESTS")) do
    if k % threads == (tid or 1) - 1 then
      local f = split(line)
      local headers = {}
      if f[3] and f[3] ~= "" then
        for header in (f[3] .. "|"):gmatch("([^|]*)|") do
          local name, value = header:match("^([^:]+):%s*(.*)$")
          if name then headers[name] = value end
        end
      end
      local body = f[4]
      if body == "" then body = nil end
      n = n + 1
      reqs[n] = wrk.format(f[1], f[2], headers, body)
    end
    k = k + 1
  end
end

-- ONCE=once: every line is sent once, then the thread stops (writes accepted only once);
-- requests asked for after the last one are a cheap GET /health until the thread stops.
local once = os.getenv("ONCE") == "once"
local filler = nil

function request()
  if once and i >= n then
    wrk.thread:stop()
    filler = filler or wrk.format("GET", "/health")
    return filler
  end
  i = i % n + 1
  return reqs[i]
end
