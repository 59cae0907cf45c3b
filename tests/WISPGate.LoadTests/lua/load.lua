-- wrk script for run-load.sh. The mode comes from the environment, because wrk decides at load time whether the
-- requests are static (fast path) or built per request:
--   LOAD_MODE=get     GET LOAD_PATH (static)
--   LOAD_MODE=list    GET LOAD_PATH, e.g. /api/v1/subscribers?limit=25 (static)
--   LOAD_MODE=create  POST /api/v1/subscribers with a unique external_id, email and idempotency key per request
--   LOAD_MODE=mix     GET LOAD_PATH and list (limit=25) in turn, 1 request in 100 a create — the 1M-request memory run
--   LOAD_MODE=soak    run-soak.sh: LOAD_CREATE_PERCENT (default 30) % creates — subscribers, draft invoices and contacts
--                     of sub_000179 in turn — the rest GET LOAD_PATH, the subscriber list and sub_000178's invoices
-- LOAD_TOKEN is the bearer token, LOAD_RUN a prefix that keeps external ids unique across runs.
-- done() prints one machine-readable line: RESULT requests=.. rps=.. p50_ms=.. p99_ms=.. non2xx=.. socket_errors=..

local mode = os.getenv("LOAD_MODE") or "get"
local path = os.getenv("LOAD_PATH") or "/health"
local token = os.getenv("LOAD_TOKEN") or "wgk_test_demo"
local run = os.getenv("LOAD_RUN") or tostring(os.time())
local list_path = "/api/v1/subscribers?limit=25"

wrk.method = "GET"
wrk.path = path
wrk.headers["Authorization"] = "Bearer " .. token

local threads = {}

function setup(thread)
   thread:set("tid", #threads + 1)
   table.insert(threads, thread)
end

local create_headers = {
   ["Authorization"] = "Bearer " .. token,
   ["Content-Type"] = "application/json",
}
local counter = 0

local function create()
   counter = counter + 1
   local unique = run .. "-" .. tid .. "-" .. counter
   create_headers["X-Idempotency-Key"] = "load-" .. unique
   local body = '{"external_id":"load-' .. unique .. '","full_name":"Load Test ' .. counter ..
      '","email":"load-' .. unique .. '@example.com","phone":"+15550001234","status":"prospect",' ..
      '"metadata":{"source":"load_test"}}'
   return wrk.format("POST", "/api/v1/subscribers", create_headers, body)
end

local create_percent = tonumber(os.getenv("LOAD_CREATE_PERCENT") or "30")
local soak_creates = 0

-- Creates that grow other collections than the one the measured lists read (sub_000179's invoices and contacts).
local function soak_create()
   soak_creates = soak_creates + 1
   local kind = soak_creates % 3
   if kind == 0 then
      return create()
   end
   counter = counter + 1
   local unique = run .. "-" .. tid .. "-" .. counter
   create_headers["X-Idempotency-Key"] = "soak-" .. unique
   if kind == 1 then
      return wrk.format("POST", "/api/v1/invoices", create_headers,
         '{"subscriber_id":"sub_000179","lines":[{"description":"Soak ' .. unique .. '","quantity":1,"unit_amount":100}]}')
   end
   return wrk.format("POST", "/api/v1/subscribers/sub_000179/contacts", create_headers,
      '{"name":"Soak ' .. unique .. '","roles":["technical"],"email":"soak-' .. unique .. '@example.com"}')
end

if mode == "create" then
   request = create
elseif mode == "mix" then
   request = function()
      counter = counter + 1
      local slot = counter % 100
      if slot == 0 then
         return create()
      elseif slot % 2 == 0 then
         return wrk.format("GET", path)
      else
         return wrk.format("GET", list_path)
      end
   end
end

if mode == "soak" then
   local reads = { path, list_path, "/api/v1/invoices?subscriber_id=sub_000178&limit=25" }
   local served = 0
   request = function()
      served = served + 1
      if served % 100 < create_percent then
         return soak_create()
      end
      return wrk.format("GET", reads[served % 3 + 1])
   end
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1000000
   local errors = summary.errors
   io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d\n",
      summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
