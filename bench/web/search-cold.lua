-- wrk: text searches that are all different, so none is answered from the search cache (the "cold" path):
-- every pair of the generator's searched-for words and every city with each word (2,415 queries), in a
-- fixed shuffled order, first alone, then with each year of the generated data as a date filter (19,320
-- distinct requests; a year narrows the incidents, not the text search, so each still evaluates it whole).
-- Each wrk thread walks its own share. Reports like percentiles.lua. At ~80 searches a second a 20 s run reads only the first
-- ~1,600, all without a date filter: SEARCH_START=2415 starts at the first search with a year (SEARCH_START=n, the n-th request).
dofile("bench/web/percentiles.lua")

local cities = { "Tehran", "Mashhad", "Isfahan", "Karaj", "Shiraz", "Tabriz", "Qom", "Ahvaz", "Kermanshah", "Urmia",
  "Rasht", "Zahedan", "Hamadan", "Kerman", "Yazd", "Ardabil", "Bandar Abbas", "Arak", "Zanjan", "Sanandaj", "Qazvin",
  "Khorramabad", "Gorgan", "Sari", "Bushehr", "Birjand", "Ilam", "Shahrekord", "Yasuj", "Semnan" }
local words = { "students", "teachers", "workers", "retirees", "women", "truckers", "bazaar", "university", "square",
  "mosque", "funeral", "pensions", "wages", "water", "fuel", "prices", "hijab", "morality", "police", "Basij", "IRGC",
  "tear", "gas", "batons", "shotgun", "pellets", "hospital", "families", "lawyers", "court", "prison", "Evin", "charges",
  "bail", "internet", "shutdown", "video", "witnesses", "slogans", "night", "march", "sit-in", "oil", "refinery",
  "nurses", "farmers" }

local queries = {}
for i = 1, #words do
  for j = i + 1, #words do queries[#queries + 1] = words[i] .. " " .. words[j] end
end
for _, city in ipairs(cities) do
  for _, word in ipairs(words) do queries[#queries + 1] = city .. " " .. word end
end
math.randomseed(20221016)
for i = #queries, 2, -1 do
  local j = math.random(i)
  queries[i], queries[j] = queries[j], queries[i]
end

local prefix = os.getenv("SEARCH_PATH") or "/incidents?q="
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local years = { "", "&from=2017-01-01&to=2017-12-31", "&from=2018-01-01&to=2018-12-31", "&from=2019-01-01&to=2019-12-31", "&from=2020-01-01&to=2020-12-31", "&from=2021-01-01&to=2021-12-31",
  "&from=2022-01-01&to=2022-12-31", "&from=2023-01-01&to=2023-12-31" }
local stride = tonumber(os.getenv("THREADS") or "2")
local step = 0
local start = tonumber(os.getenv("SEARCH_START") or "0")
function request()
  local n = (start + id + step * stride) % (#queries * #years)
  step = step + 1
  local query = queries[n % #queries + 1]:gsub(" ", "%%20")
  return wrk.format(nil, prefix .. query .. years[math.floor(n / #queries) + 1])
end
