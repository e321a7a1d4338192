#!/usr/bin/env python3
"""The tables of docs/performance.md from a JMH JSON result (-prof gc): ns/op and B/op per benchmark
and message, and the ratios the targets are stated in. Usage: tables.py jmh.json"""
import json
import sys

rows = json.load(open(sys.argv[1]))
score, alloc, err = {}, {}, {}
for r in rows:
    name = r["benchmark"].rsplit(".", 1)[1]
    p = r.get("params", {})
    key = (name, p.get("message", "HomeNSReq"), p.get("version"), p.get("handlerThread"))
    if name == "handle":
        key = ("handle/" + p["handlerThread"], "HomeNSReq", p["version"], None)
    key = key[:3]
    score[key] = float(r["primaryMetric"]["score"])
    err[key] = float(r["primaryMetric"]["scoreError"])
    sec = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    if sec:
        alloc[key] = float(sec["score"])

cols = sorted({(k[1], k[2]) for k in score}, key=lambda c: (["HomeNSReq", "JoinAns", "PRStartReq", "XmitDataReq"].index(c[0]) if c[0] in ["HomeNSReq", "JoinAns", "PRStartReq", "XmitDataReq"] else 9, c[1]))
names = ["floor", "decode", "decodeValidate", "encode", "encodeValidate", "databind", "databindValidate",
         "handle/inline", "handle/caller", "handle/pool"]
print("| ns/op ± error / B/op | " + " | ".join(f"{m} {v}" for m, v in cols) + " |")
print("|---|" + "---|" * len(cols))
for n in names:
    cells = []
    for m, v in cols:
        k = (n, m, v)
        cells.append(f"{score[k]:,.0f} ± {err[k]:,.0f} / {alloc.get(k, float('nan')):,.0f}" if k in score else "")
    if any(cells):
        print(f"| {n} | " + " | ".join(cells) + " |")

def ratio(a, b, m, v):
    ka, kb = (a, m, v), (b, m, v)
    return f"{score[ka] / score[kb]:.2f}" if ka in score and kb in score else ""

print()
print("| ratio | " + " | ".join(f"{m} {v}" for m, v in cols) + " | target |")
print("|---|" + "---|" * len(cols) + "---|")
for label, a, b, target in [("decode / floor", "decode", "floor", "≤ 1.6"),
                            ("decodeValidate / floor", "decodeValidate", "floor", "≤ 2.5"),
                            ("handle (inline) / floor", "handle/inline", "floor", "≤ 4"),
                            ("handle (pool) / floor", "handle/pool", "floor", ""),
                            ("databindValidate / decodeValidate", "databindValidate", "decodeValidate", "≥ 3"),
                            ("databind / decode", "databind", "decode", "")]:
    print(f"| {label} | " + " | ".join(ratio(a, b, m, v) for m, v in cols) + f" | {target} |")
print()
print("| B/op of handle | " + " | ".join(f"{m} {v}" for m, v in cols if m == "HomeNSReq") + " | target |")
print("|---|" + "---|" * len([c for c in cols if c[0] == "HomeNSReq"]) + "---|")
for n in ["handle/inline", "handle/caller", "handle/pool"]:
    print(f"| {n} | " + " | ".join(f"{alloc[(n, m, v)]:,.0f}" if (n, m, v) in alloc else "" for m, v in cols if m == "HomeNSReq") + " | ≤ 2,048 |")
