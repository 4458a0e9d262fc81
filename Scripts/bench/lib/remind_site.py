#!/usr/bin/env python3
"""A site for the remind benchmarks: units.csv, people.csv and roles.csv in FOLDER.

    remind_site.py FOLDER [UNITS]      (UNITS defaults to 2000)

One bureau per hundred units (at least 20); the other units are schools, hospitals,
communities and bureaus in turn under those bureaus. Two people per unit: the head holds
the top role of the unit's type and the staff member every other role. At 2,000 units this
is exactly the site 50-remind.sh has always measured, so its figures stay comparable.
"""
import pathlib
import re
import sys

# The shipped plugins, found from this file so the script runs from any folder.
PLUGINS = pathlib.Path(__file__).resolve().parents[3] / "Plugins"
TOP = {"bureau": "局长", "school": "校长", "hospital": "院长", "community": "社区党组织书记"}


def roles(plugin):
    return re.findall(r'\["([^"]+)"\] =', (PLUGINS / plugin / "plugin.lua").read_text())


def main():
    folder = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    bureaus = max(20, count // 100)
    role_names = {kind: roles(kind) for kind in TOP}
    units, people, assign = [], [], []
    for b in range(bureaus):
        units.append((f"b{b:02d}", f"第{b}局", "bureau", ""))
    for i in range(count - bureaus):
        kind = ["school", "hospital", "community", "bureau"][i % 4]
        units.append((f"u{i:04d}", f"单位{i}", kind, f"b{i % bureaus:02d}"))
    for uid, _, kind, _ in units:
        for who in ("head", "staff"):
            people.append((f"{uid}-{who}", f"{uid}{who}", f"{uid}-{who}@bench.example.cn"))
        for r in role_names[kind]:
            assign.append((uid, r, f"{uid}-head" if r == TOP[kind] else f"{uid}-staff"))
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "units.csv", "w") as f:
        f.write("id,name,type,parent,attributes,terms\n")
        for u in units:
            f.write(f"{u[0]},{u[1]},{u[2]},{u[3]},,\n")
    with open(folder / "people.csv", "w") as f:
        f.write("id,name,email,phone,dingtalk,wecom\n")
        for p in people:
            f.write(f"{p[0]},{p[1]},{p[2]},,,\n")
    with open(folder / "roles.csv", "w") as f:
        f.write("unit,role,person\n")
        for a in assign:
            f.write(",".join(a) + "\n")


if __name__ == "__main__":
    main()
