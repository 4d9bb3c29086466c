-- wrk script for the http-data benchmark: every request is POST /data with a valid Data
-- body. Counts answers other than 200 (each wrk thread counts its own; done() adds them
-- up) and ends with one machine-readable line:
--   wrk_result requests_per_sec=N p50_us=N p99_us=N non_200=N errors=N
-- errors = connect + read + write + status + timeout from wrk's summary.

wrk.method = "POST"
wrk.path = "/data"
wrk.body = '{"number":5,"boolean":true}'
wrk.headers["Content-Type"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non_200 = 0
end

function response(status, headers, body)
  if status ~= 200 then
    non_200 = non_200 + 1
  end
end

function done(summary, latency, requests)
  local non200 = 0
  for _, thread in ipairs(threads) do
    non200 = non200 + thread:get("non_200")
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("wrk_result requests_per_sec=%.1f p50_us=%d p99_us=%d non_200=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99), non200, errors))
end
