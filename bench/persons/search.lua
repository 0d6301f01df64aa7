-- wrk: person searches by spelling variants, each request a different one: the given names and surnames of
-- `vigil bench persons` (Latin spellings and Persian script), a full name, a surname alone, a full name in Persian
-- script, a misspelt surname; every thread walks the list in its own order. SEARCH_PATH is the list's address up
-- to the query ("/persons?q=" or "/api/v1/persons?q="). Reports like bench/web/percentiles.lua.
dofile("bench/web/percentiles.lua")

local given = { "Mohammad", "Muhammad", "Ali", "Aly", "Reza", "Hossein", "Husain", "Mehdi", "Mahdi", "Amir", "Javad",
  "Majeed", "Saeid", "Hamid", "Zahra", "Fatima", "Maryam", "Nargis", "Mohammadreza", "Mohammad Reza", "Abdul Hamid",
  "Navid", "Kian", "Mahsa", "Ghasem", "Yusuf", "Ibrahim", "Mohsen", "Hadi", "Sina", "Nika", "Ahmed", "Jaafar", "Ismail", "Hasan" }
local surnames = { "Rahimi", "Karimi", "Husseini", "Ahmadi", "Muhammadi", "Rezaee", "Moradi", "Jafari", "Sadeqi",
  "Kazimi", "Haidari", "Ibrahimi", "Qasemi", "Musavi", "Hashemi", "Shirazi", "Najafi", "Amini", "Bakhtiyari", "Sultani",
  "Rustami", "Ansari", "Zamani", "Nuri", "Azizi", "Shekari", "Afkari", "Salehi", "Yazdani", "Qorbani", "Safari", "Baqeri",
  "Mirzaei", "Abbasi", "Khodadadi", "Mahmudi", "Taheri", "Asadi", "Fazeli", "Kamali" }
local persian = { "محمد رحیمی", "علی کریمی", "رضا حسینی", "مهدی احمدی", "زهرا محمدی", "فاطمه رضایی", "مریم مرادی",
  "نوید جعفری", "کیان صادقی", "مهسا امینی", "قاسم کاظمی", "سینا حیدری", "نیکا شکاری", "محمدرضا قربانی", "حسن باقری" }
local misspelt = { "Rahini", "Karini", "Ahnadi", "Moradu", "Jafaru", "Sadeghu", "Kazeni", "Hashenu", "Anini", "Zanani" }

local queries = {}
for i, g in ipairs(given) do
  queries[#queries + 1] = g .. " " .. surnames[(i * 7) % #surnames + 1]
  queries[#queries + 1] = surnames[(i * 3) % #surnames + 1]
end
for _, p in ipairs(persian) do queries[#queries + 1] = p end
for _, m in ipairs(misspelt) do queries[#queries + 1] = m end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local prefix = os.getenv("SEARCH_PATH") or "/persons?q="
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local step = 0
function request()
  step = step + 1
  return wrk.format(nil, prefix .. encode(queries[(id * 17 + step) % #queries + 1]))
end
