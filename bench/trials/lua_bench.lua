-- A benchmark-sized Lua script: calls, tables, strings, closures, pcall.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local t0 = fib(27)
local t = {}
for i = 1, 200000 do t[i] = (i * 7919) % 100003 end
table.sort(t)
local parts = {}
for i = 1, 20000 do parts[#parts + 1] = string.format("%d:%x", i, t[i * 10]) end
local s = table.concat(parts, ",")
local count = 0
for w in s:gmatch("%d+:") do count = count + 1 end
local acc = 0
for i = 1, 100000 do
  local ok, v = pcall(function(x) if x % 1000 == 0 then error("e") end return x * 2 end, i)
  if ok then acc = acc + v end
end
local co = coroutine.wrap(function() for i = 1, 100000 do coroutine.yield(i) end end)
local cs = 0
for _ = 1, 100000 do cs = cs + co() end
print(t0, t[1], t[#t], #s, count, acc, cs)
