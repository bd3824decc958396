#!/usr/bin/env bash
# Where the wasm bytes go: relinks build/wasm's objects with function names
# kept (--profiling-funcs, same flags otherwise) and sums code size per area.
#   bench/wasm_size_breakdown.sh [build/wasm]
# Needs em++ and wasm-objdump (apt-get install wabt). Writes nothing in the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/wasm}
command -v em++ >/dev/null || { echo "wasm_size_breakdown: em++ not found" >&2; exit 1; }
command -v wasm-objdump >/dev/null || { echo "wasm_size_breakdown: wasm-objdump not found (apt-get install wabt)" >&2; exit 1; }
link=$PWD/$dir/wasm/CMakeFiles/which-backend-core-split.dir/link.txt
[[ -f $link ]] || { echo "wasm_size_breakdown: $link missing (build the wasm module first)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
# The split target's own link line, with names kept and the output moved.
(cd "$dir/wasm" && eval "$(sed -e "s#-o [^ ]*#-o $tmp/core.js#" -e 's#$# --profiling-funcs#' "$link")")
wasm-objdump -h "$tmp/core.wasm" | grep -E ' (Code|Data) '
wasm-objdump -x -j Code "$tmp/core.wasm" | grep 'size=' | python3 -c '
import re, sys, collections
rows = [(int(m.group(1)), m.group(2)) for l in sys.stdin if (m := re.search(r"size=(\d+) <(.*)>", l))]
def area(n):
    if "nlohmann" in n:
        return "nlohmann " + ("parse" if re.search("parser|lexer", n) else "dump" if re.search("serializer|dump", n) else "other")
    if "emscripten" in n or "embind" in n or "emval" in n.lower(): return "embind"
    if "wb::" in n or n.startswith("(anonymous namespace)"): return "wb (model, codec, reports, bindings)"
    if re.search(r"printf|fmt_|strtod|scan|__(mul|div|add|sub)tf3|tf2|frexp|pow|log|exp", n): return "libc numbers/printf, soft long double"
    if re.search(r"malloc|free|dispose_chunk|sbrk", n): return "malloc"
    if "basic_string" in n: return "std::string"
    if n.startswith("std::"): return "std other"
    return "other"
by = collections.Counter()
for s, n in rows: by[area(n)] += s
total = sum(by.values())
print(f"\ncode bytes by area (total {total}):")
for k, v in by.most_common(): print(f"{v:8d} {100*v/total:5.1f} %  {k}")
print("\nlargest functions:")
for s, n in sorted(rows, reverse=True)[:20]: print(f"{s:8d}  {n[:110]}")
'
