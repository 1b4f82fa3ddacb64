-- wrk script: each request takes a random line of the file BENCH_INPUT (tab-separated fields) and
-- fills the fields into BENCH_PATH's %s in order, so a scenario reads many rows, not one cached row.
local rows = {}
-- wrk runs LuaJIT (Lua 5.1): unpack is a global there
local unpack = table.unpack or unpack

function init(args)
    for line in io.lines(os.getenv("BENCH_INPUT")) do
        local fields = {}
        for field in string.gmatch(line, "[^\t]+") do
            fields[#fields + 1] = field
        end
        -- a header line (the generator's "code<TAB>id") is not a row
        if #fields > 0 and not (#rows == 0 and fields[1] == "code") then
            rows[#rows + 1] = fields
        end
    end
    -- each thread its own sequence
    math.randomseed(os.time() + #tostring({}) + math.floor(os.clock() * 1000000))
end

request = function()
    local row = rows[math.random(#rows)]
    return wrk.format("GET", string.format(os.getenv("BENCH_PATH"), unpack(row)))
end
