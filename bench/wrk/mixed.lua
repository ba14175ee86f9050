-- What many apps do at once, over the diaries in BENCH_DIARIES: 4 in 10 requests write an entry,
-- 3 read a history page, 1 a summary, 1 "who am I", 1 the catalog.
local diaries = {}
for line in io.lines(os.getenv("BENCH_DIARIES")) do
  local path, token = line:match("^(%S+)%s+(%S+)$")
  diaries[#diaries + 1] = {path = path, auth = "Bearer " .. token}
end
local body = '{"recordedAt":"' .. os.getenv("BENCH_RECORDED_AT") .. '","intensity":6,"triggers":["STRESS"],'
  .. '"locations":[{"region":"NECK"}],"sleep":{"disrupted":true}}'
local window = "?from=" .. os.getenv("BENCH_FROM") .. "&to=" .. os.getenv("BENCH_TO")
local n = 0
request = function()
  n = n + 1
  local diary = diaries[math.random(#diaries)]
  local kind = n % 10
  local json = {["Authorization"] = diary.auth, ["Content-Type"] = "application/json"}
  if kind < 4 then
    return wrk.format("POST", diary.path .. "/pain-logs", json, body)
  elseif kind < 7 then
    return wrk.format("GET", diary.path .. "/pain-logs?limit=50", json)
  elseif kind == 7 then
    return wrk.format("GET", diary.path .. "/pain-logs/summary" .. window, json)
  elseif kind == 8 then
    return wrk.format("GET", "/v1/me", json)
  end
  return wrk.format("GET", "/v1/exercises?limit=50", json)
end
