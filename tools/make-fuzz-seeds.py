#!/usr/bin/env python3
"""Writes the fuzz seeds in Tests/Fixtures/fuzz: one small file per hostile shape found in the
attack on the guide, plus typical files, built from the fictional show so no fact is invented.
Run from the repository root: python3 tools/make-fuzz-seeds.py"""
import copy, json, os

ROOT = "Tests/Fixtures/fuzz"
base = json.load(open("Tests/Fixtures/fictional-expo.json"))

def show(name, edit):
    d = copy.deepcopy(base)
    edit(d)
    json.dump(d, open(f"{ROOT}/show/{name}.json", "w"), ensure_ascii=False, indent=1)

def reversed_dates(d):
    s = d["shows"][0]
    s["firstDay"], s["lastDay"] = s["lastDay"], s["firstDay"]

def category_ring(d):
    ring = [{"id": f"ring-{i}", "name": f"Ring {i}", "parent": f"ring-{(i + 1) % 40}"} for i in range(40)]
    d["categories"] += ring

def category_chain(d):
    chain = [{"id": f"deep-{i}", "name": f"Deep {i}", **({"parent": f"deep-{i - 1}"} if i else {})} for i in range(300)]
    d["categories"] += chain
    d["exhibitors"][0]["categories"].append("deep-299")

def many_problems(d):
    e = d["exhibitors"][0]
    for i in range(120):
        x = copy.deepcopy(e)
        x["id"] = f"bad-{i}"
        x["country"] = "XX"
        d["exhibitors"].append(x)

def long_time_zone(d):
    d["event"]["timeZone"] = "Asia/" + "Baku" * 5000

def whole_calendar(d):
    s = d["shows"][0]
    s["firstDay"], s["lastDay"] = "0001-01-01", "9999-12-31"

def joiners(d):
    for i, e in enumerate(d["exhibitors"]):
        e["name"] = ["Z\u200dW Systems", "P\u200dProducts", "\u200d", "a\u200d\u200d\u200db", "👩\u200d💻 Labs",
                     "Ə\u200dİ", "\u2060\u200b\u200c", "e\u0301\u200d", "漢\u200d字", "\u200dStart"][i % 10]
        e["description"] = "Text with a zero-width joiner\u200d in the middle, and \u200d\u200d two."

def ascii_names(d):
    e = d["exhibitors"][0]
    for i in range(120):
        x = copy.deepcopy(e)
        x["id"] = f"plain-{i}"
        x["name"] = f"Plain Ascii Name Number {i} Limited"
        x["altNames"] = []
        d["exhibitors"].append(x)

def edge_geometry(d):
    stands = d["halls"][0]["stands"]
    stands[0].update(width=0, height=0)
    stands[1].update(x=1000000)
    stands[2].update(width=2147483647)
    stands[3].update(x=-5, y=-5)
    huge = copy.deepcopy(d["halls"][0])
    huge.update(id="hall-huge", name="Huge hall", size={"width": 100000, "height": 100000},
                stands=[{"code": "H1", "x": 99990, "y": 99990, "width": 10, "height": 10}], features=[])
    d["halls"].append(huge)

def valid_huge_hall(d):
    huge = copy.deepcopy(d["halls"][0])
    huge.update(id="hall-huge", name="Huge hall", size={"width": 100000, "height": 3},
                stands=[{"code": "H1", "x": 0, "y": 0, "width": 1, "height": 1},
                        {"code": "H2", "x": 99999, "y": 2, "width": 1, "height": 1}], features=[])
    d["halls"].append(huge)
    d["exhibitors"][1]["stand"] = {"hall": "hall-huge", "code": "H2"}

show("reversed-dates-with-hours", reversed_dates)
show("category-ring", category_ring)
show("category-chain", category_chain)
show("many-problems", many_problems)
show("long-time-zone", long_time_zone)
show("whole-calendar", whole_calendar)
show("zero-width-joiners", joiners)
show("ascii-names", ascii_names)
show("edge-geometry", edge_geometry)
show("huge-hall", valid_huge_hall)

# Fair files: every shape the dataset's README counts, and repetition.
fair = {
    "name": "Fictional Fair 2030", "series": "Fictional Fair", "edition": "2030",
    "alias": "FF 2030", "startDate": "2030-06-05", "endDate": "2030-06-03",
    "address": ["Example Exhibition Centre", "Nowhere"], "country": "Germany",
    "website": ["https://example.org/ff", "https://example.org/ff2"],
    "organiser": [{"name": "Example Events (fictional)"}, {"name": "Second Organiser (fictional)"}],
    "social": {"platform": "x", "url": "https://example.org/social"},
    "exhibitorListUrl": "https://example.org/ff/list", "exhibitorListDate": "2030-05-01",
    "delegation": [{"name": "Fictional Delegation", "country": "Nowhere"}],
    "exhibitor": [
        {"name": "ACME DRONES (FICTIONAL)", "country": "Germany", "website": ["https://example.org/a", "www.example.org/a2"],
         "address": "1 Sample Street\nNowhere\nGermany", "alias": "ACME", "category": "UAV"},
        {"name": "Acme Drones (fictional) GmbH", "country": [{"text": "Germany", "iso2": "DE"}, "Austria"],
         "address": {"text": "2 Sample Street\nVienna\nAustria", "iso2": "AT"}, "alias": ["AD", "Acme D."],
         "category": ["UAV", "Sensors"], "social": [{"platform": "x", "url": "https://example.org/x"}]},
        {"name": "Z\u200dW Fictional \u001b[31mRed\u001b[0m", "country": {"text": "Azərbaycan", "iso2": "AZ"},
         "website": "https://example.org/en/www.example.com", "category": ["uav"] * 300},
    ],
}
json.dump(fair, open(f"{ROOT}/fair/every-shape.json", "w"), ensure_ascii=False, indent=1)
approx = {"name": "Fictional Fair 1999", "series": "Fictional Fair", "edition": "1999", "approxDate": "1999-05",
          "website": "https://example.org/ff"}
json.dump(approx, open(f"{ROOT}/fair/approximate-date.json", "w"), ensure_ascii=False, indent=1)

# Plans.
def plan(name, items, saved="2024-09-24T06:30:00.000Z"):
    json.dump({"format": "adex-guide-plan/1", "event": "fictional-expo-2030", "saved": saved, "items": items},
              open(f"{ROOT}/plan/{name}.json", "w"), ensure_ascii=False, indent=1)

def item(id, kind="exhibitor", stamp="2024-09-24T06:30:00.000Z", **extra):
    return {"kind": kind, "id": id, "favourite": True, "priority": "maybe", "note": "", "visited": False, "added": stamp,
            "changed": {"favourite": stamp}, **extra}

plan("typical", [item("azersky-drones", priority="must", note="demo at 14:00"), item("opening", kind="programme")])
plan("stamped-at-the-end-of-time", [item("azersky-drones", stamp="9999-12-31T23:59:59.999Z")], saved="9999-12-31T23:59:59.999Z")
plan("stamped-at-the-start-of-time", [item("azersky-drones", stamp="0000-01-01T00:00:00.000Z")])
plan("stale-items", [item(f"gone-{i}") for i in range(60)])
plan("hostile-notes", [item("azersky-drones", note="\u001b]0;owned\u0007\u202e\u200d" + "x" * 2000)])
