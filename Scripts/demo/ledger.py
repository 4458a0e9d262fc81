#!/usr/bin/python3
"""Writes the demo's ledger entries as a CSV for `taizhang record import --historical`:
three months of a paper ledger brought in, each entry kept on the day the work was done.

For each unit and month it asks `taizhang checklist --json` which occurrences fall due,
and marks most of them done. Each unit has its own share of misses, so the roll-up has
something to rank, and November keeps a few items open so that reports show overdue work
with its owners. Metric values are taken from each item's target in the plugin sources.
Everything is derived from hashes of the names: the same run gives the same file.
"""
import csv, hashlib, json, re, subprocess, sys
from pathlib import Path

binary, out = sys.argv[1], sys.argv[2]
months = ["2026-09", "2026-10", "2026-11"]
# Percent of occurrences left undone, per unit.
misses = {"qy-shiyan-xx": 4, "qy-dongguan-xx": 12, "qy-liushu-zx": 25, "qy-yizhong": 8,
          "qy-rmyy": 10, "qy-hepinglu-sq": 15, "qy-jyj": 6, "qy-wjw": 20, "qy-dcjd": 30}
notes = ["按计划完成，相关材料已归档", "召开专题会议部署，形成会议纪要", "组织全体人员参加，签到表和照片已存档",
         "对照清单逐项落实，发现的问题当场整改", "结合实际创新形式，群众反映良好", "已在公示栏和网站公开，接受监督"]
root = Path(__file__).resolve().parents[2]

def h(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:8], 16)

# Targets from the plugin sources: item id → (numerator, denominator, at_least, at_most, equals).
targets = {}
for lua in (root / "Plugins").glob("*/checklists/*.lua"):
    for block in re.split(r"tz\.item\s*\{", lua.read_text(encoding="utf-8"))[1:]:
        item = re.search(r'id\s*=\s*"([^"]+)"', block)
        target = re.search(r"target\s*=\s*\{([^}]*)\}", block)
        if item and target:
            t = target.group(1)
            get = lambda k: (re.search(k + r'\s*=\s*"?([^",}]+)"?', t) or [None, None])[1]
            targets[(lua.parts[-3], item.group(1))] = {k: get(k) for k in
                ("numerator", "denominator", "at_least", "at_most", "equals")}

def values(plugin, item, key):
    t = targets.get((plugin, item))
    if not t:
        return ""
    if t["numerator"] and t["denominator"]:
        den = 40 + h(key, "d") % 20
        return f"{t['numerator']}={den - h(key, 'n') % 6};{t['denominator']}={den}"
    if t["at_most"] is not None:
        return "数量=0"
    bound = float(t["at_least"] or t["equals"] or 1)
    return f"数量={int(bound) + h(key) % 2}"

rows = []
for unit, miss in misses.items():
    for month in months:
        result = subprocess.run([binary, "checklist", "--unit", unit, "--period", month, "--today",
                                 month + "-28", "--json"], capture_output=True, text=True, check=True)
        data = json.loads(result.stdout)
        for section in data["sections"]:
            for item in section["items"]:
                for o in item["occurrences"]:
                    key = f"{unit}|{item['id']}|{o['period']}"
                    late = month == "2026-11" and o["due"] >= "2026-11-20"
                    if h(key) % 100 < miss + (25 if late else 0):
                        continue
                    daily = len(o["period"]) == 10
                    note = "" if daily or h(key, "note") % 3 else notes[h(key, "which") % len(notes)]
                    # Done on the due day (a term's items by the 28th of the month looked at).
                    done_on = min(o["due"], month + "-28")
                    rows.append([unit, item["id"], o["period"], done_on, note, values(data["plugin"], item["id"], key)])
# An occurrence may show in two months' checklists (a term item); record it once.
seen, unique = set(), []
for row in rows:
    if (row[0], row[1], row[2]) not in seen:
        seen.add((row[0], row[1], row[2]))
        unique.append(row)
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["unit", "item", "period", "done_on", "note", "values"])
    w.writerows(unique)
print(f"{len(unique)} 条台账记录 → {out}")
