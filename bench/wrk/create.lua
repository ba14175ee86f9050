-- POST a pain log to one of the diaries listed in BENCH_DIARIES (lines "path token"), in turn.
local diaries = {}
for line in io.lines(os.getenv("BENCH_DIARIES")) do
  local path, token = line:match("^(%S+)%s+(%S+)$")
  diaries[#diaries + 1] = {path = path .. "/pain-logs", token = token}
end
local body = '{"recordedAt":"' .. os.getenv("BENCH_RECORDED_AT") .. '","intensity":5,"triggers":["SITTING"],'
  .. '"locations":[{"region":"LOWER_BACK","intensity":5}],"reliefMeasures":[{"measure":"HEAT","helped":4}],'
  .. '"sleep":{"hours":7,"disrupted":false},"medications":[{"name":"Ibuprofen","dose":400,"unit":"mg"}]}'
local n = 0
request = function()
  n = n + 1
  local diary = diaries[(n % #diaries) + 1]
  return wrk.format("POST", diary.path, {["Authorization"] = "Bearer " .. diary.token,
    ["Content-Type"] = "application/json"}, body)
end
