# Sourced by bench/run.sh and bench/profile.sh: new patients and their diaries, made over the API
# at $BASE (dev tokens on).
#   bench_diary NAME   prints "path token": a new patient's diary path and the patient's bearer token
bench_diary() {
  local token
  token=$(curl -sf -X POST "$BASE/dev/tokens" -H 'Content-Type: application/json' \
    -d "{\"subject\":\"bench-$1-$RANDOM$RANDOM\",\"roles\":[\"patient\"]}" | jq -r .accessToken)
  # A prescription, so that creates check their doses against it
  echo "/v1/patients/$(curl -sf -X POST "$BASE/v1/patients" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"displayName":"Bench","timeZone":"Europe/Amsterdam",
    "medications":[{"name":"Ibuprofen","maxDailyDose":1200,"unit":"mg"}]}' | jq -r .id) $token"
}
