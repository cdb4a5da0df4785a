-- One wrk script for every scenario, chosen by BENCH_SCENARIO. Writes scenarios use a different slot, client or course
-- for every request (a global sequence number: BENCH_OFFSET + thread index + threads * request number), so they
-- succeed unless the system refuses them; anything but a 2xx is counted and reported as an error.
-- Environment: BENCH_SCENARIO (book, series, availability, daysheet, search, charting), BENCH_DATA (folder with
-- tokens and slot lists written by deploy/bench/run), BENCH_OFFSET, BENCH_DELAY_MS (pacing for the fixed-rate runs),
-- BENCH_OUT (file the summary line is appended to), BENCH_LABEL.

local scenario = os.getenv("BENCH_SCENARIO")
local data = os.getenv("BENCH_DATA")
local offset = tonumber(os.getenv("BENCH_OFFSET") or "0")
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local practitioners = tonumber(os.getenv("BENCH_PRACTITIONERS") or "100")
local clients = tonumber(os.getenv("BENCH_CLIENTS") or "100000")

local function read_lines(name)
  local lines = {}
  for line in io.lines(data .. "/" .. name) do
    if line ~= "" then lines[#lines + 1] = line end
  end
  return lines
end

local function id(prefix, n)
  return string.format("%s-0000-4000-8000-%012x", prefix, n)
end

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("thread_index", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  thread_total = tonumber(os.getenv("BENCH_THREADS") or "2")
  counter = 0
  statuses = {}
  samples = {}
  front_desk = read_lines("front-desk.token")[1]
  practitioner = read_lines("practitioner.token")[1]
  protocol = read_lines("protocol.id")[1]
  today = tonumber(read_lines("today.epoch")[1])
  singles, series = {}, {}
  if scenario == "book" or scenario == "series" then
    for _, line in ipairs(read_lines("slots.txt")) do
      local kind, rest = line:match("^(%S+) (.*)$")
      if kind == "single" then singles[#singles + 1] = rest else series[#series + 1] = rest end
    end
  end
  fragments = { "okaf", "lind", "raman", "mor", "nowak", "chen", "silva", "kowal", "patel", "tanak", "murph",
                "ahmed", "amel", "sofia", "priya", "grace", "oliv", "theo", "yusuf", "mateo", "dua", "ryan" }
  math.randomseed(os.time() + thread_index * 7919)
end

local function next_sequence()
  local k = offset + thread_index + thread_total * counter
  counter = counter + 1
  return k
end

local function day(offset_days)
  return os.date("!%Y-%m-%d", today + offset_days * 86400)
end

local function json_headers(token)
  return { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

function request()
  if scenario == "book" then
    local k = next_sequence()
    local p = k % practitioners
    local slot = singles[math.floor(k / practitioners) % #singles + 1]
    local body = string.format('{"clientId":"%s","practitionerId":"%s","roomId":"%s","protocolId":"%s",'
        .. '"startsAt":"%s","numbing":false}', id("b1000000", k % clients), id("b2000000", p), id("b3000000", p),
        protocol, slot)
    return wrk.format("POST", "/api/v1/appointments", json_headers(front_desk), body)
  elseif scenario == "series" then
    local k = next_sequence()
    local p = k % practitioners
    local slot = series[math.floor(k / practitioners) % #series + 1]
    local sessions = {}
    for startsAt in slot:gmatch("%S+") do
      sessions[#sessions + 1] = string.format('{"startsAt":"%s","practitionerId":"%s","roomId":"%s"}', startsAt,
          id("b2000000", p), id("b3000000", p))
    end
    local body = string.format('{"clientId":"%s","protocolId":"%s","numbing":false,"sessions":[%s]}',
        id("b1000000", (k + math.floor(clients / 2)) % clients), protocol, table.concat(sessions, ","))
    return wrk.format("POST", "/api/v1/series", json_headers(front_desk), body)
  elseif scenario == "availability" then
    local from = math.random(1, 7)
    local path = string.format("/api/v1/availability?protocolId=%s&practitionerId=%s&from=%s&to=%s", protocol,
        id("b2000000", math.random(0, practitioners - 1)), day(from), day(from + 27))
    return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. front_desk })
  elseif scenario == "daysheet" then
    local path = string.format("/api/v1/practitioners/%s/appointments?date=%s&span=DAY",
        id("b2000000", math.random(0, practitioners - 1)), day(math.random(-7, 34)))
    return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. front_desk })
  elseif scenario == "search" then
    local path = "/api/v1/clients?limit=20&name=" .. fragments[math.random(#fragments)]
    return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. front_desk })
  elseif scenario == "charting" then
    local k = next_sequence()
    local body = string.format('{"performedAt":"%s","aftercareGiven":true,"areas":[{"area":"CHEEKS",'
        .. '"deviceType":"PEN","depthMm":0.5,"needleConfiguration":"12-pin cartridge","passes":3,'
        .. '"directions":["HORIZONTAL","VERTICAL"],"endpoint":"ERYTHEMA"}]}', os.date("!%Y-%m-%dT%H:%M:%SZ"))
    return wrk.format("POST", string.format("/api/v1/courses/%s/sessions", id("b4000000", k)),
        json_headers(practitioner), body)
  end
  error("unknown BENCH_SCENARIO " .. tostring(scenario))
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if (status < 200 or status > 299) and not samples[key] then
    samples[key] = (body or ""):sub(1, 300)
  end
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

function done(summary, latency, requests)
  local merged, sample, issued = {}, {}, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses") or {}) do merged[status] = (merged[status] or 0) + n end
    for status, body in pairs(thread:get("samples") or {}) do sample[status] = body end
    issued = math.max(issued, thread:get("counter") or 0)
  end
  local non2xx = 0
  local parts = {}
  for status, n in pairs(merged) do
    parts[#parts + 1] = status .. "=" .. n
    local code = tonumber(status)
    if code < 200 or code > 299 then non2xx = non2xx + n end
  end
  table.sort(parts)
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local seconds = summary.duration / 1e6
  local line = string.format("%s\t%s\t%d\t%.2f\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%s\t%d",
      os.getenv("BENCH_LABEL") or scenario, scenario, summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, non2xx + socket,
      table.concat(parts, ","), offset + issued * #threads)
  local out = io.open(os.getenv("BENCH_OUT"), "a")
  out:write(line, "\n")
  out:close()
  io.write("RESULT\t", line, "\n")
  for status, body in pairs(sample) do io.write("  sample ", status, ": ", body, "\n") end
end
