#!/usr/bin/env python3
"""Build the bundled AdexGuide dataset (format `adex-guide/1`) from the sourced facts file.

Usage (from the repository root):

    python3 tools/make-dataset.py [FACTS.md] [--caat ADEX-2024.json] [--out FILE]

FACTS.md defaults to ../shared/data/adex2024-facts.md (relative to the repository root), the
CAAT/Omega list defaults to caat/adex-2024.json next to the facts file, and the output defaults
to Assets/adex-2024.json. Standard library only.

The big exhibitor table (section 6.1), the other organisations (6.2), countries (5), per-country
and per-category counts (4.1, 8), products (7), figures (4), notes (2, 3, 10, 11) and the source
list (12, URLs) are parsed from the markdown; what needs editorial judgement (ids, short titles,
topics, groupings, people lists, source titles) is written below as Python data keyed by the
facts' ids, and is cross-checked against the parsed tables. Any inconsistency stops the script
with "CHECK FAILED".
"""

import argparse
import collections
import json
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FACTS = os.path.join(REPO, "..", "shared", "data", "adex2024-facts.md")
DEFAULT_OUT = os.path.join(REPO, "Assets", "adex-2024.json")

FORMAT = "adex-guide/1"
CONFIDENCES = ("confirmed", "reported", "weak", "unknown")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
          "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}

LONG_MONTHS = [None, "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def check(cond, message):
    """A consistency check that is never optimised away (unlike `assert`)."""
    if not cond:
        sys.stderr.write("make-dataset: CHECK FAILED: %s\n" % message)
        sys.exit(1)


# --------------------------------------------------------------------------------------------
# Markdown helpers
# --------------------------------------------------------------------------------------------

def section(text, heading):
    """Body of the section whose heading line starts with `heading` (e.g. "## 2." or
    "### 6.1"), up to the next heading line of any level."""
    lines = text.splitlines()
    start = None
    for i, line in enumerate(lines):
        if line.startswith(heading + " ") or line == heading:
            start = i + 1
            break
    check(start is not None, "heading %r not found in the facts file" % heading)
    body = []
    for line in lines[start:]:
        if line.startswith("#"):
            break
        body.append(line)
    return "\n".join(body)


def rows(body, ncells):
    """Table rows whose first cell is a fact id, as {fid: [cells...]} in file order."""
    out = collections.OrderedDict()
    for line in body.splitlines():
        if not line.startswith("| F-"):
            continue
        cells = [c.strip() for c in line.strip()[1:-1].split("|")]
        check(len(cells) == ncells, "%s: expected %d cells, got %d" % (cells[0], ncells, len(cells)))
        check(re.match(r"^F-\d{3}$", cells[0]) is not None, "bad fact id %r" % cells[0])
        check(cells[0] not in out, "fact id %s appears twice" % cells[0])
        out[cells[0]] = cells
    return out


def fnum(fid):
    return int(fid[2:])


def frange(a, b):
    return ["F-%03d" % n for n in range(a, b + 1)]


def refs(cell):
    """Source ids cited in a cell: "[S8][S25]" or "[S14, weak]" -> ["s8", "s25"] (unique, in order)."""
    out = []
    for n in re.findall(r"\[S(\d+)(?=[\],])", cell):
        sid = "s%d" % int(n)
        if sid not in out:
            out.append(sid)
    return out


def unescape_md(s):
    """Undo markdown backslash escapes (\\` \\" ...)."""
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!\"|<>])", r"\1", s)


def clean_text(s):
    """Fact text for display: no markdown bold, inline source markers as dataset ids ([s7])."""
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"\[S(\d+)(?=[\],])", lambda m: "[s%d" % int(m.group(1)), s)
    return unescape_md(s).strip()


def sentence(s):
    s = s.strip()
    if s and not re.search(r"[.!?][\"”)]?$", s):
        s += "."
    return s


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def merge(*lists):
    out = []
    for lst in lists:
        for x in lst:
            if x not in out:
                out.append(x)
    return out


TRANSLIT = str.maketrans({"İ": "I", "ı": "i", "Ş": "S", "ş": "s", "Ğ": "G", "ğ": "g", "Ü": "U",
                          "ü": "u", "Ö": "O", "ö": "o", "Ç": "C", "ç": "c", "Ə": "E", "ə": "e"})
LEGAL_TRAILING = {"llc", "ltd", "co", "jsco", "ojsc", "pjsc", "inc", "limited", "pte", "sftue",
                  "san", "tic", "as", "a", "s"}
LEGAL_LEADING = {"jsc", "ojsc", "company"}


def slug(s, strip_legal=False):
    s = s.translate(TRANSLIT).replace("&", " and ").lower()
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    tokens = [t for t in re.split(r"[^a-z0-9]+", s) if t]
    if strip_legal:
        while len(tokens) > 1 and tokens[-1] in LEGAL_TRAILING:
            tokens.pop()
        while len(tokens) > 1 and tokens[0] in LEGAL_LEADING:
            tokens.pop(0)
    return "-".join(tokens)


def parse_day(text):
    """"24 Sep 2024" -> "2024-09-24"; "24-26 Sep 2024" -> ("2024-09-24", "2024-09-26")."""
    m = re.match(r"^(\d{1,2})(?:-(\d{1,2}))? (\w{3}) (\d{4})", text)
    if not m:
        return None, None
    month = MONTHS[m.group(3)]
    first = "%s-%02d-%02d" % (m.group(4), month, int(m.group(1)))
    last = "%s-%02d-%02d" % (m.group(4), month, int(m.group(2))) if m.group(2) else None
    return first, last


# --------------------------------------------------------------------------------------------
# Editorial data (keyed by fact ids; checked against the parsed tables)
# --------------------------------------------------------------------------------------------

SHOWS_BOTH = ["adex", "securex"]
SECURITY_SHOW_NOTE = ("On the ADEX-2024 list; the list does not say whether it exhibited at "
                      "ADEX-2024 or Securex Caspian")

KINDS = [("company", "Company"), ("state-body", "State body"), ("media", "Media"),
         ("service-provider", "Service provider"), ("association", "Association"),
         ("event", "Event (another trade fair)"), ("other", "Other"), ("not-stated", "Not stated")]
KIND_MAP = {"company": "company", "state body": "state-body", "media": "media",
            "service provider": "service-provider", "association": "association",
            "event": "event", "other": "other", "not stated": "not-stated"}

COUNTRY_ALT_NAMES = {
    "TR": ["Turkey", "Turkiye"],
    "RU": ["Russia"],
    "AE": ["UAE"],
    "GB": ["UK", "Great Britain"],
    "US": ["USA", "US"],
    "CZ": ["Czechia"],
    "AZ": ["Azərbaycan"],
}

# Exhibitor ids that are not simply the name's slug without legal suffixes.
EXHIBITOR_IDS = {
    "F-125": "azersilah", "F-161": "belspetsvneshtechnika", "F-165": "bites",
    "F-181": "depo", "F-187": "delta-defence", "F-226": "peredovaya-tekstilshchitsa",
    "F-315": "defense-initiatives", "F-317": "ateshgah-insurance", "F-189": "edge-group", "F-200": "ggtek", "F-202": "gids",
    "F-211": "heavy-industries-taxila", "F-217": "iai", "F-219": "idef-2025",
    "F-224": "kalashnikov", "F-237": "mke", "F-238": "mesan", "F-240": "miilux",
    "F-241": "milsoft", "F-242": "anama", "F-243": "ministry-of-defence-industry",
    "F-244": "ministry-of-defence-azerbaijan", "F-245": "ms-spektral", "F-249": "naudi",
    "F-257": "otokar", "F-264": "secretariat-of-defence-industries", "F-268": "rafael",
    "F-274": "sarsilmaz", "F-276": "sdt", "F-279": "shenzhen-great-brightening-electronics",
    "F-283": "sinerji", "F-287": "azercosmos", "F-290": "sumgayit-technologies-park",
    "F-296": "trabzon-silah-sanayi", "F-297": "tai", "F-301": "lemt-belomo",
    # section 6.2 (not on the list)
    "F-318": "ministry-of-national-defence-turkiye", "F-319": "ministry-of-defence-italy",
    "F-320": "ministry-of-defence-kazakhstan", "F-321": "fsmtc-russia",
    "F-322": "ministry-of-defence-belarus", "F-323": "state-authority-for-military-industry-belarus",
    "F-324": "ministry-of-emergency-situations-belarus",
    "F-325": "ministry-of-emergency-situations-azerbaijan",
    "F-326": "strategic-plans-division-pakistan", "F-327": "pakistan-air-force-contingent",
    "F-328": "as-holdings-ari-arms", "F-329": "embassy-of-israel-baku",
    "F-330": "state-border-service-azerbaijan", "F-331": "national-defence-university-azerbaijan",
}

# Acronyms already written in the name (in parentheses or around a dash).
NAME_ACRONYMS = {"F-181": "DEPO", "F-202": "GIDS", "F-211": "HIT", "F-217": "IAI", "F-237": "MKE",
                 "F-242": "ANAMA", "F-249": "NAUDI", "F-287": "AZERCOSMOS", "F-297": "TAI"}
# Other spellings / acronyms used for the organisation elsewhere in the facts file
# (fact id where the spelling appears).
FACTS_ALT_NAMES = {
    "F-243": [("MDI", "F-008")],
    "F-264": [("SSB", "F-465")],
    "F-296": [("TİSAŞ", "F-500")],
    "F-147": [("AYESAŞ", "F-500")],
    "F-321": [("FSMTC", "F-471")],
}
# The seven security-type entries of F-484.
SECURITY_ENTRIES = ["F-179", "F-213", "F-271", "F-294", "F-212", "F-171", "F-247"]

UNLISTED_SHOWS = {
    "ADEX": (["adex"], None),
    "ADEX / Securex": (SHOWS_BOTH, None),
    "ADEX (display at the airport)": (["adex"], "Display at Heydar Aliyev International Airport, "
                                                "not at Baku Expo Center"),
    "unknown": ([], "Show not stated by the source"),
}

CATEGORY_SOURCES = ["s8"]

# Section 7 products: id, display name (None = as in the table), extra text, exhibitor id,
# derived category names (section 8 "Derived mapping").
W = "Weapons and ammunition"
PRODUCTS = {
    "F-418": ("ipp-12-7", None, None, None, [W]),
    "F-419": ("ah-12-7", None, None, None, [W]),
    "F-420": ("az-14-5", None, None, None, [W]),
    "F-421": ("yst-24", None, None, None, [W]),
    "F-422": ("yst-24n", None, None, None, [W]),
    "F-423": ("kalan", None, None, None, ["Unmanned vehicles", "Ships, vessels and naval systems"]),
    "F-424": ("sugovushan", None, None, None, ["Unmanned vehicles", "Ships, vessels and naval systems"]),
    "F-425": ("fireforce", "Fireforce", None, None, [W]),
    "F-426": ("itx-6-l", "ITX-6-L", "Name uncertain; the source prints \"ITX- véhicules blindés 6-L\".",
              None, ["Armed combat vehicles"]),
    "F-427": ("itx-20-h", None, None, None, ["Armed combat vehicles"]),
    "F-428": ("itx-15", None, None, None, ["Armed combat vehicles"]),
    "F-429": ("guardian-30", None, None, None, [W]),
    "F-430": ("azerbaijani-mortar", None, None, None, [W]),
    "F-431": ("azerbaijani-simulator", None, None, None, ["Simulators and training systems"]),
    "F-432": ("mod-special-forces-equipment", None, None, "ministry-of-defence-azerbaijan", []),
    "F-433": ("jf-17c-block-iii", None,
              "Made by Pakistan Aeronautical Complex with Chengdu Aircraft (AVIC); shown by the "
              "Pakistan Air Force.", "pakistan-aeronautical-complex", ["Aircraft and aviation systems"]),
    "F-434": ("russian-companies-exhibits", None, None, None, []),
    "F-435": ("turkish-subsystems-payloads-munitions", None, None, None, []),
}

# Section 9 programme: F-id -> editorial fields. `title` is the start of the facts' title cell;
# whatever follows it in that cell goes into the description, followed by the participants.
PROGRAMME = collections.OrderedDict([
    ("F-459", dict(
        id="opening-ceremony", kind="ceremony", shows=SHOWS_BOTH,
        title="Opening ceremony of ADEX-2024 and Securex Caspian", place="Baku Expo Center",
        people=["Vugar Mustafayev", "Zakir Hasanov", "Kamaladdin Heydarov", "Yaşar Güler",
                "Vadim Sinyavsky"],
        organisations=["Ministry of Defence Industry of Azerbaijan", "Ministry of Defence of Azerbaijan",
                       "Ministry of Emergency Situations of Azerbaijan",
                       "Ministry of National Defence of Türkiye", "Ministry of Emergency Situations of Belarus"],
        exhibitors=["ministry-of-defence-industry", "ministry-of-defence-azerbaijan",
                    "ministry-of-emergency-situations-azerbaijan", "ministry-of-national-defence-turkiye",
                    "ministry-of-emergency-situations-belarus"])),
    ("F-460", dict(
        id="president-greeting-letter", kind="address", shows=SHOWS_BOTH,
        title="Written address (greeting letter) of President Ilham Aliyev to participants and visitors",
        place="Baku Expo Center (read at the opening ceremony)",
        people=["Ilham Aliyev", "Vugar Mustafayev"],
        organisations=["Ministry of Defence Industry of Azerbaijan"],
        exhibitors=["ministry-of-defence-industry"])),
    ("F-461", dict(
        id="president-visit", kind="visit", shows=SHOWS_BOTH,
        title="President Ilham Aliyev visits ADEX-2024 and Securex Caspian", place="Baku Expo Center",
        people=["Ilham Aliyev", "Vugar Mustafayev"],
        organisations=["Ministry of Defence Industry of Azerbaijan", "Global Industrial & Defence Solutions (GIDS)"],
        exhibitors=["ministry-of-defence-industry", "gids"])),
    ("F-462", dict(
        id="az-tr-defence-ministers-meeting", kind="meeting", shows=["adex"],
        title="Expanded meeting of the defence ministers of Azerbaijan and Türkiye",
        place="Baku Expo Center (within ADEX)",
        people=["Zakir Hasanov", "Karim Valiyev", "Agil Gurbanov", "Namig Islamzade", "Bakhtiyar Ersay",
                "Yaşar Güler", "Metin Gürak", "Ercüment Tatlıoğlu", "Selçuk Bayraktaroğlu",
                "Ziya Cemal Kadıoğlu", "Cahit Bağcı"],
        organisations=["Ministry of Defence of Azerbaijan", "Ministry of National Defence of Türkiye"],
        exhibitors=["ministry-of-defence-azerbaijan", "ministry-of-national-defence-turkiye"])),
    ("F-463", dict(
        id="az-tr-agreements-signing", kind="signing", shows=["adex"],
        title="Azerbaijan-Türkiye military-technical cooperation agreements signed after the ministers' meeting",
        organisations=["Ministry of Defence of Azerbaijan", "Ministry of National Defence of Türkiye"],
        exhibitors=["ministry-of-defence-azerbaijan", "ministry-of-national-defence-turkiye"])),
    ("F-464", dict(
        id="hasanov-meets-ssb-delegation", kind="meeting", shows=["adex"],
        title="Defence Minister Hasanov meets the delegation of Türkiye's Secretariat of Defence "
              "Industries led by Haluk Görgün, with heads of Turkish defence companies",
        place="Baku Expo Center (within ADEX)",
        people=["Zakir Hasanov", "Haluk Görgün"],
        organisations=["Ministry of Defence of Azerbaijan", "Secretariat of Defence Industries of Türkiye",
                       "Turkish defence companies (not named)"],
        exhibitors=["ministry-of-defence-azerbaijan", "secretariat-of-defence-industries"])),
    ("F-465", dict(
        id="turkish-companies-agreements", kind="signing", shows=["adex"],
        title="Turkish companies sign agreements and memoranda with Azerbaijan on the opening day",
        rest_edit=("joint development", "Subjects: joint development"),
        organisations=["Secretariat of Defence Industries of Türkiye", "Turkish defence companies (not named)",
                       "Azerbaijani state"],
        exhibitors=["secretariat-of-defence-industries"])),
    ("F-466", dict(
        id="az-kz-defence-ministers", kind="meeting", shows=["adex"],
        title="Defence ministers of Azerbaijan and Kazakhstan meet; sign a 2025 bilateral military "
              "cooperation plan; National Defence Universities sign a memorandum",
        place="Baku Expo Center",
        people=["Zakir Hasanov", "Ruslan Jaksilykov"],
        organisations=["Ministry of Defence of Azerbaijan", "Ministry of Defence of Kazakhstan",
                       "National Defence University of Azerbaijan", "National Defence University of Kazakhstan"],
        exhibitors=["ministry-of-defence-azerbaijan", "ministry-of-defence-kazakhstan",
                    "national-defence-university-azerbaijan"])),
    ("F-467", dict(
        id="az-it-defence-ministers", kind="meeting", shows=["adex"],
        title="Defence ministers of Azerbaijan and Italy meet within ADEX", place="within ADEX (Baku)",
        people=["Zakir Hasanov", "Guido Crosetto"],
        organisations=["Ministry of Defence of Azerbaijan", "Ministry of Defence of Italy"],
        exhibitors=["ministry-of-defence-azerbaijan", "ministry-of-defence-italy"])),
    ("F-468", dict(
        id="crosetto-meetings-baku", kind="meeting", shows=["adex"],
        title="Italy's Defence Minister meets President Aliyev, Türkiye's Defence Minister and "
              "Somalia's Defence Minister during his Baku visit",
        place="Baku (not stated to be at the show)",
        people=["Guido Crosetto", "Ilham Aliyev", "Yaşar Güler", "Abdulkadir Mohamed Nur"],
        organisations=["Ministry of Defence of Italy", "Ministry of National Defence of Türkiye",
                       "Defence ministry of Somalia"],
        exhibitors=["ministry-of-defence-italy", "ministry-of-national-defence-turkiye"])),
    ("F-469", dict(
        id="gorgun-meets-state-border-service", kind="meeting", shows=["adex"],
        title="Haluk Görgün meets the Commander of Azerbaijan's State Border Service",
        people=["Haluk Görgün", "Elchin Guliyev"],
        organisations=["Secretariat of Defence Industries of Türkiye", "State Border Service of Azerbaijan"],
        exhibitors=["secretariat-of-defence-industries", "state-border-service-azerbaijan"])),
    ("F-470", dict(
        id="hasanov-tours-stands-meets-pac", kind="visit", shows=["adex"],
        title="Defence Minister Hasanov tours the stands; meets the chairman of Pakistan Aeronautical Complex",
        place="Baku Expo Center",
        people=["Zakir Hasanov", "Hakim Raza"],
        organisations=["Ministry of Defence of Azerbaijan", "Pakistan Aeronautical Complex"],
        exhibitors=["ministry-of-defence-azerbaijan", "pakistan-aeronautical-complex"])),
    ("F-471", dict(
        id="hasanov-meets-fsmtc", kind="meeting", shows=["adex"], day_note="Reported that day",
        title="Defence Minister Hasanov meets Russia's FSMTC director; both delegations tour the "
              "Russian companies' booths",
        place="Baku Expo Center",
        people=["Zakir Hasanov", "Dmitry Shugaev"],
        organisations=["Ministry of Defence of Azerbaijan",
                       "Federal Service for Military-Technical Cooperation of Russia",
                       "Russian military-industrial companies (not named)"],
        exhibitors=["ministry-of-defence-azerbaijan", "fsmtc-russia"])),
    ("F-472", dict(
        id="hasanov-meets-belarus", kind="meeting", shows=["adex"],
        title="Defence Minister Hasanov meets Belarus's Chief of General Staff, then the head of "
              "Belarus's State Authority for Military Industry",
        place="within ADEX (Baku)",
        people=["Zakir Hasanov", "Pavel Muraveiko", "Dmitry Pantus"],
        organisations=["Ministry of Defence of Azerbaijan", "Ministry of Defence of Belarus",
                       "State Authority for Military Industry of Belarus"],
        exhibitors=["ministry-of-defence-azerbaijan", "ministry-of-defence-belarus",
                    "state-authority-for-military-industry-belarus"])),
    ("F-473", dict(
        id="jf-17c-presentation", kind="display", shows=["adex"],
        title="JF-17C (Block-III) aircraft presented to President Aliyev",
        place="Heydar Aliyev International Airport (not Baku Expo Center)",
        people=["Ilham Aliyev", "Zakir Hasanov", "Hakim Raza"],
        organisations=["Ministry of Defence of Azerbaijan", "Pakistan Aeronautical Complex", "Pakistan Air Force"],
        exhibitors=["ministry-of-defence-azerbaijan", "pakistan-aeronautical-complex",
                    "pakistan-air-force-contingent"])),
    ("F-474", dict(
        id="hasanov-meets-strategic-plans-division", kind="meeting", shows=["adex"],
        day_note="Date not published (during ADEX-2024)",
        title="Defence Minister Hasanov meets the Director of Pakistan's Strategic Plans Division on "
              "the margins of ADEX-2024",
        people=["Zakir Hasanov", "Yusuf Jamal"],
        organisations=["Ministry of Defence of Azerbaijan", "Strategic Plans Division of Pakistan"],
        exhibitors=["ministry-of-defence-azerbaijan", "strategic-plans-division-pakistan"])),
    ("F-475", dict(
        id="azersilah-as-holdings-memorandum", kind="signing", shows=["adex"],
        title="Strategic memorandum of understanding between Azersilah and AS Holdings / Ari Arms "
              "(Israel) on light weapons to NATO standards, announced by Israel's ambassador",
        people=["George Deek"],
        organisations=["Azersilah", "AS Holdings", "Ari Arms", "Embassy of Israel in Baku"],
        exhibitors=["azersilah", "as-holdings-ari-arms", "embassy-of-israel-baku"])),
    ("F-476", dict(
        id="mdi-meetings-and-signings", kind="meeting", shows=SHOWS_BOTH,
        title="Minister Mustafayev and MDI leadership meet delegations of Türkiye, Pakistan, Serbia, "
              "Israel, Romania, UAE, Russia, Belarus, Qatar and other countries",
        people=["Vugar Mustafayev"],
        organisations=["Ministry of Defence Industry of Azerbaijan"],
        exhibitors=["ministry-of-defence-industry"])),
    ("F-500", dict(
        id="gorgun-tours-turkish-stands", kind="visit", shows=["adex"],
        day_note="The source places it on the show's second day",
        title="Haluk Görgün, head of Türkiye's Secretariat of Defence Industries, continues his tour "
              "of Turkish stands",
        rest_edit=("visiting ", "Stands visited: "),
        place="Baku Expo Center (ADEX)",
        people=["Haluk Görgün"],
        organisations=["Secretariat of Defence Industries of Türkiye"],
        exhibitors=["secretariat-of-defence-industries", "repkon", "asfat", "bites", "ms-spektral",
                    "roketsan", "assan-group", "trabzon-silah-sanayi", "ayesas", "sdt", "karel",
                    "mesan", "meteksan-defence", "savronik"])),
    ("F-477", dict(
        id="closing", kind="closing", shows=SHOWS_BOTH,
        title="Both shows close (closing report published 27 Sep)", place="Baku Expo Center")),
])

# Figures: id, topic, show, [(fact id, count or None, extra note or None)].
FIGURES = [
    ("adex-2024-exhibitors", "Exhibitors at ADEX-2024", "adex",
     [("F-036", 193, "The count is the 193 distinct entries."), ("F-037", 218, None),
      ("F-038", 210, None), ("F-039", 270, None), ("F-040", None, None)]),
    ("adex-2024-countries", "Countries at ADEX-2024", "adex",
     [("F-041", 24, None), ("F-042", 40, None), ("F-043", 38, None), ("F-044", 24, None),
      ("F-045", 20, None)]),
    ("adex-2024-turkish-companies", "Turkish companies at ADEX-2024", "adex",
     [("F-047", 50, None), ("F-048", 55, None), ("F-049", 53, "The count is the 53 distinct entries.")]),
    ("adex-2024-israeli-companies", "Israeli companies at ADEX-2024", "adex",
     [("F-050", 9, None), ("F-051", 10, "The count is the 10 distinct entries.")]),
    ("adex-2024-azerbaijani-items", "Azerbaijani weapon types shown at ADEX-2024", "adex",
     [("F-055", 193, None)]),
    ("adex-2014-exhibitors", "Exhibitors at ADEX 2014 (1st edition)", None, [("F-083", 200, None)]),
    ("adex-2014-israeli-exhibitors", "Israeli exhibitors at ADEX 2014", None, [("F-084", 16, None)]),
    ("adex-2016-exhibitors", "Exhibitors at ADEX 2016 (2nd edition)", None,
     [("F-085", 216, None), ("F-086", 250, None)]),
    ("adex-2018-exhibitors", "Exhibitors at ADEX 2018 (3rd edition)", None, [("F-087", 224, None)]),
    ("adex-2018-national-stands", "National stands at ADEX 2018", None, [("F-088", 11, None)]),
    ("adex-2018-largest-foreign-groups", "Largest foreign groups at ADEX 2018", None,
     [("F-089", None, None)]),
    ("adex-2022-exhibitors", "Exhibitors at ADEX 2022 (4th edition)", None,
     [("F-090", 208, None), ("F-091", 200, None), ("F-092", 200, None), ("F-093", 208, None),
      ("F-094", 149, "Organiser's list.")]),
    ("adex-2022-turkish-companies", "Turkish companies at ADEX 2022", None, [("F-095", 41, None)]),
    ("adex-2022-delegations", "Countries sending delegations to ADEX 2022", None, [("F-096", 20, None)]),
    ("adex-2022-area", "Exhibition area at ADEX 2022", None, [("F-097", None, None)]),
]

# Event notes: fact id -> topic (text, confidence and sources come from the tables).
NOTE_TOPICS = collections.OrderedDict([
    ("F-001", "Defence show"), ("F-002", "Co-located show"), ("F-003", "Dates"),
    ("F-004", "Dates (differing report)"), ("F-005", "Venue"), ("F-006", "Venue address"),
    ("F-007", "Edition history"), ("F-008", "Initiator and organiser"), ("F-009", "Organiser company"),
    ("F-010", "Organiser contact"), ("F-011", "Organiser's director"),
    ("F-012", "Website and social media"), ("F-013", "Terms and conditions"), ("F-014", "Sponsor"),
    ("F-015", "Sponsor"), ("F-016", "Sponsor"), ("F-017", "Sponsorship criticism"),
    ("F-018", "Time zone"), ("F-019", "Opening hours"), ("F-020", "Visitor rules"),
    ("F-021", "Opening ceremony"), ("F-022", "President's message"),
    ("F-023", "Dates announcement"), ("F-024", "Invitations before the show"), ("F-025", "Closing"),
    # section 3
    ("F-026", "Hall allocation"), ("F-027", "Stand numbers"), ("F-028", "Exhibition area"),
    ("F-029", "Turkish exhibition space"), ("F-030", "Where the JF-17C was shown"),
    ("F-031", "Halls (2022)"), ("F-032", "Azerbaijani stands (2022)"), ("F-033", "Turkish Pavilion (2022)"),
    ("F-034", "Halls (2018)"), ("F-035", "Venue facilities"),
    # section 4.1 (facts that are not figures)
    ("F-052", "Official delegations"), ("F-053", "National pavilions"),
    ("F-056", "Azerbaijani production (context)"), ("F-057", "Defence budget (context)"),
    # section 9 (not a programme item)
    ("F-478", "Conference programme"),
    # section 10
    ("F-479", "Securex Caspian 2024"), ("F-480", "Securex and ADEX together"),
    ("F-481", "President's visit to both shows"), ("F-482", "Emergency ministers at the event"),
    ("F-483", "Previous Securex edition"), ("F-484", "Securex exhibitors"),
    ("F-485", "Securex stands"),
    # section 11
    ("F-486", "Opening hours"), ("F-487", "Admission and visitor rules"), ("F-488", "Stand numbers"),
    ("F-489", "Hall assignment and floor plan"), ("F-490", "Exhibition area and hall sizes"),
    ("F-491", "Times"), ("F-492", "Conference and demonstration programme"),
    ("F-493", "Delegations and visitors"), ("F-494", "National pavilions"),
    ("F-495", "Securex Caspian exhibitor list"), ("F-496", "Named foreign products"),
    ("F-497", "Stands of the Azerbaijani products"), ("F-498", "Missing source details"),
    ("F-499", "Completeness of the exhibitor list"),
])
# Wording that only makes sense inside the research file (section numbers, instructions to the
# app, "the brief") is taken out of the note texts.
NOTE_TEXT_EDITS = {
    "F-018": [(" (named in the brief; no source gives the IANA id)", " (no source gives the IANA id)")],
    "F-022": [("; see programme items in section 9", "")],
    "F-484": [(' The app should mark their show as "ADEX list; Securex not stated".', "")],
    "F-497": [(" in section 7", " at ADEX-2024")],
}
# Dates of the earlier editions, as given with the figures of section 4.2.
EARLIER_EDITION_DATES = ["F-083", "F-085", "F-087", "F-090"]

EARLIER_COUNTRIES_PARAGRAPH = (
    "Countries whose companies exhibited in 2018 or 2022 but which have no entry and no reported "
    "delegation in the 2024 sources: France, Iran, Jordan, Netherlands, Sweden, Finland, Estonia, India "
    "(earlier-edition evidence in [S45][S46][S39]). Not confirmed for 2024.")

# Sources: id -> (publisher, title, date, dateNote, note). URLs are taken from section 12.
DESCRIBED = "Title describes the content; the research file quotes no title."
SOURCES = {
    1: ("AzerNews (republished by MENAFN)", "President Ilham Aliyev addresses participants of 5th ADEX-2024 and Securex Caspian exhibitions", "2024-09-24", None, None),
    2: ("Turan Information Agency", "Azerbaijan President inaugurates ADEX-2024 defense exhibition in Baku", "2024-09", "day not captured", None),
    3: ("News.az", "Azerbaijan manufactures over 1,000 military products, says President Aliyev", "2024-09-24", None, "Quotes the President's letter to participants."),
    4: ("Ministry of Defence Industry of the Republic of Azerbaijan (mdi.gov.az)", "“ADEX-2024” və “Securex Caspian” sərgiləri başa çatıb (ADEX-2024 and Securex Caspian have ended)", "2024-09-27", "published 10:00", "Official. The stored copy used here did not record the page URL; the text is on the ministry site mdi.gov.az. The stored excerpt is cut off after the sentence on signed documents."),
    5: ("Global Business Press (show daily)", "ADEX 2024 – Day 1, page 3", "2024-09-24", None, "Day 1 issue of the show daily."),
    6: ("Global Business Press (show daily)", "ADEX 2024 – Day 1, page 1", "2024-09-24", None, "Day 1 issue of the show daily."),
    7: ("CCN Media", "Ouverture des expositions ADEX-2024 et Securex Caspian à Bakou", "2024-09", "day not captured", "In French."),
    8: ("Campaign Against Arms Trade & Omega Research Foundation", "arms-and-security-fair-exhibitors dataset, file data/adex-2024.json", "2025-04-24", "added to the dataset 2025-04-24", "Commit 2e3a41645a5ed54b504577c7176d1cf225e24ca9. Copies the organiser's own exhibitor list https://adex.az/en/exhibitors-list/year/2024 (copy dated 2025-04-24T10:08:28Z) with names, countries, websites and category tags as published."),
    9: ("Azernews", "Turkish defense industry dominates ADEX 2024 with largest participation, signs strategic agreements", "2024-09-24", "published 17:42 (UTC+04:00)", "Same text on MENAFN 1108709499."),
    10: ("YDH (ydh.com.tr)", "Türkiye-İsrail sponsorluğunda Bakü'de askeri fuar", "2024-09-28", None, None),
    11: ("Aktif Haber (citing TR724)", "Erdoğan'ın damadı İsrail'in devlet şirketi ile ortak sponsor oldu", None, "date not captured (autumn 2024)", None),
    12: ("DHA (Demirören Haber Ajansı)", "Savunma Sanayii Başkanı Görgün: ADEX 2024 fuarında gücümüzü bir kez daha gösterdik", None, "date not captured (after the show)", "Same text on sondakika.com."),
    13: ("Hibya Haber Ajansı", "Savunma Sanayii Başkanı Görgün, Azerbaycan'da", "2024-09-24", "published 16:57", None),
    14: ("122 Haberler", "Savunma sanayiinde Azerbaycan'la yeni anlaşmalar imzalandı", None, "date not captured", "Quotes a statement of Türkiye's Secretariat of Defence Industries; the stored excerpt does not name ADEX."),
    15: ("Turan Azərbaycan", "Türkiyə ADEX-2024 və Securex Caspian sərgilərində 50 müdafiə sənayesi şirkəti ilə təmsil olunur", None, "date not captured (September 2024)", None),
    16: ("AzPost (citing the Ministry of Defence press service)", "Müdafiə naziri “ADEX” sərgisində silah və texnika nümunələri ilə tanış olub", "2024-09", "about 2024-09-25", None),
    17: ("News.az (citing the Ministry of Defence)", "Azerbaijan, Russia explore opportunities for military-technical collaboration", "2024-09-25", None, None),
    18: ("Azernews (citing the Ministry of Defence)", "Meeting of Zakir Hasanov and Yaşar Güler at ADEX", "2024-09-25", "published 10:41 (UTC+04:00)", DESCRIBED + " Same text on MENAFN 1108710835."),
    19: ("Azernews (citing the Ministry of Defence)", "Meeting of Zakir Hasanov and Ruslan Jaksilykov at ADEX", "2024-09-24", "published 18:51 (UTC+04:00)", DESCRIBED),
    20: ("Müsavat", "Zakir Həsənov həmkarları ilə görüşdü", "2024-09-24", None, None),
    21: ("AzerNews (republished by MENAFN)", "Azerbaijani-Belarusian military cooperation discussed", "2024-09-25", None, None),
    22: ("Report.az (Russian)", "Азербайджан и Пакистан обсудили перспективы военного сотрудничества", None, "date not captured (during ADEX-2024)", "In Russian."),
    23: ("Turan Information Agency", "Italian Defense Minister in Baku to participate in ADEX", "2024-09-24", None, None),
    24: ("askanews (via Libero)", "Difesa, Crosetto in Azerbaigian: focus su relazioni bilaterali", "2024-09-24", None, None),
    25: ("Sputnik Azərbaycan", "Azərbaycanla İsrail arasında hərbi sahə üzrə memorandum imzalanıb", "2024-09-26", None, "The stored copy used here did not record the page URL."),
    26: ("Bidoğu", "Azerbaycan ve İsrail askeri iş birliği mutabakat zaptı imzaladı", "2024-09-28", None, None),
    27: ("Metbuat.az", "Prezidentə JF-17C təyyarələri təqdim olundu", "2024-09", "day not captured (the text dates the event 25 September)", None),
    28: ("Baaghi TV", "Report of an ISPR statement on the JF-17 sale", None, "date not captured", "In Urdu. " + DESCRIBED),
    29: ("South Asia Journal", "Report on Azerbaijan's JF-17 acquisition", None, "date not captured (late September 2024)", DESCRIBED),
    30: ("Azernews (citing the Ministry of Defence)", "Graduation ceremony report mentioning the JF-17C presentation and ADEX", "2024-09-28", "published 20:12 (UTC+04:00)", DESCRIBED),
    31: ("Unikal.az", "Prezidentə təqdim edilən yeni silahlar hansılardır", None, "date not captured (written after 2024; it calls ADEX-2026 \"this year\")", "Interview with military expert Adalat Verdiyev. URL as stored (a mirror host of unikal.az)."),
    32: ("Muratlı Post", "Milli Savunma Bakanı Azerbaycan'da", "2024-09-24", None, None),
    33: ("ABC Media (Armenia)", "Turkey and Azerbaijan sign agreements on military-technical cooperation", None, "date not captured (September 2024)", None),
    34: ("Azernews (citing the Ministry of Defence Industry)", "Azerbaijani delegation at UMEX-2024 invites partners to ADEX-2024", "2024-01-24", None, DESCRIBED),
    35: ("AzerNews (republished by MENAFN)", "Azerbaijan to be represented with national pavilion at International Defense Industry Exhibition in S. Arabia", "2023-11-28", None, "Announces ADEX 2024 for 24-26 September."),
    36: ("AZERTAC (citing the Ministry of Defence)", "Azerbaijan's defense minister meets with his Italian counterpart", "2024-06-26", None, None),
    37: ("adex.az", "Terms and Conditions", None, "date not captured", "User agreement of Caspian Event Organisers LLC."),
    38: ("ASTA", "Azerbaijan Exhibition Organisers Association public union is established", None, "date not captured", None),
    39: ("Defence Turkey", "Seen and heard at the ADEX 2022 exhibition", "2022-10", None, "Issue 117."),
    40: ("Hürriyet Daily News", "Turkish defense companies to attend ADEX fair", "2022-09-07", None, None),
    41: ("News.az", "4th Azerbaijan International Defense Exhibition opens in Baku", "2022-09", "given as 2022-09-06 (a Tuesday); exact date not captured", None),
    42: ("Azernews", "New mine-detecting equipment presented at ADEX-2022 ...", "2022-09-06", None, "Title shortened in the research file."),
    43: ("Today.az (Azernews)", "Second day of ADEX-2022 and Securex Caspian-2022", "2022-09-07", None, DESCRIBED),
    44: ("Sputnik Azərbaycan", "Bakıdakı beynəlxalq müdafiə sərgisinə 200-dən çox şirkət qatılacaq", "2022-08-18", None, None),
    45: ("Campaign Against Arms Trade & Omega Research Foundation", "arms-and-security-fair-exhibitors dataset, files data/adex-2014.json, adex-2016.json, adex-2018.json and data/adex-2022.json", None, "no single publication date; the copy of the organiser's 2022 list is dated 2022-09-26", "Commit 87dafac39002b0ca3c838c78995fbf83be56ff47 (2014, 2016, 2018 files) and commit 35dc3ee8540fba2cac4ea209d097f6495b59ec75 (2022 file)."),
    46: ("AZERTAC", "3rd Azerbaijan International Defense Exhibition ADEX 2018 opens in Baku", "2018-09-25", None, None),
    47: ("Ministry of Defence Industry (mdi.gov.az)", "Prime Minister Novruz Mammadov visits the ministry's booth at ADEX-2018", "2018-09-26", None, DESCRIBED),
    48: ("News.az", "Baku to host ADEX 2018 defense exhibition in September", "2018-08", None, "Ministry of Defence Industry statement of 16 August 2018."),
    49: ("Median.az", "Opening of ADEX-2018 (aviation-sector participants)", "2018-09-25", None, DESCRIBED),
    50: ("AzVision (German edition)", "Address of the President to ADEX-2018 participants (first-time participants)", "2018-09-25", None, DESCRIBED),
    51: ("Report.az", "Azerbaijan will demonstrate new defence products at ADEX 2016", "2016-09-22", None, None),
    52: ("Report.az", "ADEX 2016 photo report", "2016-09-27", None, None),
    53: ("Ministry of Defence Industry (mdi.gov.az)", "Press conference on ADEX-2016", "2016-09-22", None, DESCRIBED),
    54: ("Trend", "Baku to hold ADEX - 4th Azerbaijan International Defense Exhibition", "2021-12-17", None, None),
    55: ("Eurasianet", "Azerbaijan shows off military-industrial complex at country's first weapons show", "2014-09-14", None, "By Joshua Kucera."),
    56: ("Anews.az", "Azerbaijan seeks to buy more advanced weapons from Israel", "2014-09", None, "About ADEX-2014 (16 Israeli firms)."),
    57: ("Al Akhbar (Pakistan)", "International arms defense exhibition kicks off in Azerbaijan", None, "date not captured", "In Urdu. The edition (2022 or 2024) cannot be told from the stored text."),
    58: ("Metbuat.az", "Opening of ADEX and the 13th Securex Caspian (2022)", "2022-09-06", None, DESCRIBED),
    59: ("Turk Politics", "President Haluk Görgün Supports Turkish Defense Industry at ADEX Fair", None, "date not captured", "The text places it on the fair's second day; Görgün has headed the Secretariat since 2023, so the fair is ADEX-2024."),
}

# Titles put together from the facts line: source -> the part that must appear in that line.
COMPOSED_TITLES = {5: "ADEX 2024 – Day 1\", page 3", 6: "ADEX 2024 – Day 1\", page 1",
                   8: "arms-and-security-fair-exhibitors\" dataset, file data/adex-2024.json",
                   45: "files data/adex-2014.json, adex-2016.json, adex-2018.json"}

# Sources cited only by section 6.3 (not in the dataset); they are kept in `sources` all the same.
ONLY_EARLIER_EDITION_SOURCES = ["s49", "s57"]

NOTICE = (
    "Covers ADEX-2024 and Securex Caspian 2024 (Baku Expo Center, 24-26 September 2024). Exhibitors "
    "are the organiser's own 2024 list as copied by CAAT/Omega on 24 April 2025 (201 entries, 193 "
    "distinct), plus organisations reported at the show; 18 products and 20 programme items are those "
    "reported by sources. Not published: stand numbers, hall allocation and floor plan, opening hours, "
    "times of programme items, and a separate Securex Caspian exhibitor list. Figures from different "
    "sources disagree and are shown side by side.")


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

def build(facts_text, caat):
    source_lines = {}
    for line in section(facts_text, "## 12.").splitlines():
        m = re.match(r"^- \[S(\d+)\] (.*)$", line)
        if m:
            n = int(m.group(1))
            check(n not in source_lines, "source S%d listed twice" % n)
            source_lines[n] = m.group(2)
    check(sorted(source_lines) == list(range(1, 60)), "section 12 must list S1..S59, got %s" % sorted(source_lines))
    check(sorted(SOURCES) == sorted(source_lines), "source data must cover exactly S1..S59")

    sources = []
    for n in sorted(source_lines):
        publisher, title, date, date_note, note = SOURCES[n]
        urls = re.findall(r"https?://\S+", source_lines[n])
        url = urls[-1].rstrip(".,") if urls else None
        # every quoted title we give must appear in the facts line
        if DESCRIBED not in (note or ""):
            if n in COMPOSED_TITLES:
                plain = COMPOSED_TITLES[n]
            else:
                plain = title.split(" (ADEX-2024 and")[0].rstrip(". ")
            check(plain in source_lines[n], "S%d: title %r not in the facts line" % (n, plain))
        check(publisher.split(" (")[0] in source_lines[n], "S%d: publisher %r not in the facts line" % (n, publisher))
        if date:
            check(re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", date) is not None, "S%d: bad date" % n)
            long_month = None
            if len(date) == 7:
                long_month = "%s %s" % (LONG_MONTHS[int(date[5:])], date[:4])
            check(date in source_lines[n] or date_note or (long_month and long_month in source_lines[n]),
                  "S%d: date %s not in the facts line" % (n, date))
        if re.search(r", date not captured", source_lines[n]):
            check(date is None, "S%d: the facts say 'date not captured' but a date is set" % n)
        s = collections.OrderedDict([("id", "s%d" % n), ("title", title)])
        if publisher:
            s["publisher"] = publisher
        if date:
            s["date"] = date
        if date_note:
            s["dateNote"] = date_note
        if url:
            s["url"] = url
        if note:
            s["note"] = note
        sources.append(s)
    source_ids = {s["id"] for s in sources}

    # ---- categories (section 8)
    cat_rows = rows(section(facts_text, "## 8."), 5)
    check(list(cat_rows) == frange(436, 458), "section 8 must hold F-436..F-458")
    categories, cat_by_name, cat_counts = [], {}, {}
    for fid, (_, name, count, conf, src) in cat_rows.items():
        if fid == "F-458":
            no_category_count = int(count)
            continue
        cid = slug(name)
        check(ID_RE.match(cid) is not None, "bad category id %r" % cid)
        check(cid not in {c["id"] for c in categories}, "duplicate category id %s" % cid)
        check(refs(src) == CATEGORY_SOURCES, "%s: category sources %s" % (fid, src))
        categories.append(collections.OrderedDict([("id", cid), ("name", name), ("sources", list(CATEGORY_SOURCES))]))
        cat_by_name[name] = cid
        cat_counts[cid] = int(count)
    check(len(categories) == 22, "expected 22 categories, got %d" % len(categories))

    # ---- per-country counts (section 4.1, second table)
    s41 = section(facts_text, "### 4.1")
    country_count_rows = collections.OrderedDict(
        (fid, cells) for fid, cells in rows_any(s41).items() if 58 <= fnum(fid) <= 82)
    check(list(country_count_rows) == frange(58, 82), "F-058..F-082 expected")
    expected_country_counts = {}
    for fid, cells in country_count_rows.items():
        check(len(cells) == 6, "%s: 6 cells expected" % fid)
        iso = None if cells[2] == "-" else cells[2]
        expected_country_counts[iso] = int(cells[3])

    # ---- countries (section 5)
    country_rows = rows(section(facts_text, "## 5."), 7)
    check(list(country_rows) == frange(98, 124), "section 5 must hold F-098..F-124")
    countries = []
    country_names = {}
    for fid, (_, name, iso, role, evidence, conf, src) in country_rows.items():
        check(re.match(r"^[A-Z]{2}$", iso) is not None, "%s: bad ISO code %r" % (fid, iso))
        check(conf in CONFIDENCES, "%s: bad confidence" % fid)
        c = collections.OrderedDict([("code", iso), ("name", name)])
        if iso in COUNTRY_ALT_NAMES:
            c["altNames"] = COUNTRY_ALT_NAMES[iso]
        c["note"] = sentence("%s: %s" % (cap(role), clean_text(evidence)))
        c["sources"] = refs(src)
        countries.append(c)
        country_names[iso] = name
    # F-045 countries must all be present (by name or alternative name)
    f045 = rows_any(s41)["F-045"][2]
    named = f045.split(": ", 1)[1].split(", ")
    known_names = {}
    for c in countries:
        for n in [c["name"]] + c.get("altNames", []):
            known_names[n] = c["code"]
    for n in named:
        check(n in known_names, "F-045 country %r has no country entry" % n)
    check(len(named) == 20, "F-045 names 20 countries")

    # ---- listed exhibitors (section 6.1)
    ex_rows = rows(section(facts_text, "### 6.1"), 9)
    check(list(ex_rows) == frange(125, 317), "section 6.1 must hold exactly F-125..F-317")
    exhibitors = []
    also_listed = {}
    for fid, (_, raw_name, country, show, kind, themes, conf, src, website) in ex_rows.items():
        alt = []
        m = re.match(r"^(.*?)\s*\(also listed as: (.*)\)$", raw_name)
        name = raw_name
        if m:
            name = m.group(1)
            alt.append(unescape_md(m.group(2)))
            also_listed[fid] = unescape_md(m.group(2))
        name = unescape_md(name)
        if fid in NAME_ACRONYMS:
            check(NAME_ACRONYMS[fid] in name, "%s: acronym %s not in the name" % (fid, NAME_ACRONYMS[fid]))
            alt.append(NAME_ACRONYMS[fid])
        for spelling, where in FACTS_ALT_NAMES.get(fid, []):
            alt.append(spelling)
        # country
        if country == "(none given)":
            code = None
        else:
            cm = re.match(r"^(.*) \(([A-Z]{2})\)$", country)
            check(cm is not None, "%s: bad country cell %r" % (fid, country))
            code = cm.group(2)
            check(country_names.get(code) == cm.group(1), "%s: country name %r differs from section 5" % (fid, cm.group(1)))
        check(show == "ADEX", "%s: show %r" % (fid, show))
        kind_key = re.sub(r"\s*\(.*\)$", "", kind)
        check(kind_key in KIND_MAP, "%s: unknown kind %r" % (fid, kind))
        # themes
        cats, description = [], None
        if themes.startswith("list categories: "):
            rest = themes[len("list categories: "):]
            cat_text, _, tail = rest.partition(". ")
            for cname in cat_text.split("; "):
                check(cname in cat_by_name, "%s: unknown category %r" % (fid, cname))
                cats.append(cat_by_name[cname])
            description = tail or None
        elif themes != "-":
            check("list categories" not in themes, "%s: 'list categories' not at the start" % fid)
            description = themes
        check(conf in CONFIDENCES and conf != "unknown", "%s: bad confidence %r" % (fid, conf))
        srcs = refs(src)
        check(srcs and srcs[0] == "s8", "%s: the list source s8 must come first" % fid)
        if description:
            description = sentence(clean_text(description))
            srcs = merge(srcs, refs(themes))
        eid = EXHIBITOR_IDS.get(fid) or slug(name, strip_legal=True)
        e = collections.OrderedDict([("id", eid), ("name", name)])
        if alt:
            e["altNames"] = alt
        if code:
            e["country"] = code
        e["shows"] = ["adex"]
        if fid in SECURITY_ENTRIES:
            e["showNote"] = SECURITY_SHOW_NOTE
            srcs = merge(srcs, ["s8"])
        e["listed"] = True
        e["kind"] = KIND_MAP[kind_key]
        e["categories"] = cats
        if description:
            e["description"] = description
        if website != "-":
            e["website"] = website
        e["sources"] = srcs
        e["confidence"] = conf
        e["_fid"] = fid
        exhibitors.append(e)

    check(len(exhibitors) == 193, "expected 193 listed exhibitors, got %d" % len(exhibitors))
    check(len(also_listed) == 7, "F-036 says 7 double spellings were merged; found %d" % len(also_listed))
    by_name = {e["name"]: e for e in exhibitors}
    for fid in SECURITY_ENTRIES:
        check(any(e["_fid"] == fid for e in exhibitors), "security entry %s missing" % fid)
    f484 = section(facts_text, "## 10.")
    for fid in SECURITY_ENTRIES:
        e = next(x for x in exhibitors if x["_fid"] == fid)
        first_word = e["name"].split()[0].lower()
        check(first_word in f484.lower(), "F-484 does not name %s" % e["name"])
    for fid, spellings in FACTS_ALT_NAMES.items():
        for spelling, where in spellings:
            check(spelling in facts_text, "alternative name %r not in the facts file" % spelling)

    # ---- counts against sections 4.1 and 8
    per_country = collections.Counter(e.get("country") for e in exhibitors)
    check(dict(per_country) == expected_country_counts,
          "per-country counts differ from F-058..F-082 (country: counted, expected): %s" % {
              k: (per_country.get(k, 0), expected_country_counts.get(k, 0))
              for k in set(per_country) | set(expected_country_counts)
              if per_country.get(k, 0) != expected_country_counts.get(k, 0)})
    check(len([c for c in per_country if c]) == 24, "expected 24 countries among listed exhibitors")
    check(per_country[None] == 1, "expected exactly one listed exhibitor without a country")
    per_cat = collections.Counter(c for e in exhibitors for c in e["categories"])
    check(dict(per_cat) == cat_counts, "per-category counts differ from F-436..F-457: %s" %
          {k: (per_cat.get(k), v) for k, v in cat_counts.items() if per_cat.get(k) != v})
    no_cat = sum(1 for e in exhibitors if not e["categories"])
    check(no_cat == no_category_count == 110, "expected 110 listed exhibitors without category, got %d" % no_cat)
    for e in exhibitors:
        if "country" in e:
            check(e["country"] in country_names, "%s: country %s has no country entry" % (e["id"], e["country"]))

    # ---- cross-check against the CAAT/Omega copy of the organiser's list
    caat_entries = caat["exhibitor"]
    check(len(caat_entries) == 201, "CAAT list must have 201 entries, has %d" % len(caat_entries))
    caat_by_name = collections.defaultdict(list)
    for entry in caat_entries:
        caat_by_name[entry["name"]].append(entry)
    used = set()
    for e in exhibitors:
        spellings = [e["name"]] + ([also_listed[e["_fid"]]] if e["_fid"] in also_listed else [])
        entries = []
        for sp in spellings:
            check(sp in caat_by_name, "%s: name %r is not in the CAAT list" % (e["_fid"], sp))
            check(sp not in used, "%s: CAAT name %r used twice" % (e["_fid"], sp))
            used.add(sp)
            entries += caat_by_name[sp]
        ccodes = {(x.get("country") or {}).get("iso2") for x in entries}
        check(ccodes == {e.get("country")}, "%s: CAAT country %s vs %s" % (e["_fid"], ccodes, e.get("country")))
        webs = {x.get("website") for x in entries} - {None}
        check(webs == ({e["website"]} if "website" in e else set()), "%s: CAAT website %s" % (e["_fid"], webs))
        ccats = set()
        for x in entries:
            cv = x.get("category") or []
            ccats |= set([cv] if isinstance(cv, str) else cv)
        check({cat_by_name[n] for n in ccats} == set(e["categories"]), "%s: CAAT categories differ" % e["_fid"])
    left = [n for n in caat_by_name if n not in used]
    check(left == ["MEDIA"], "CAAT names not in the table: %s" % left)
    caat_country_entries = collections.Counter((x.get("country") or {}).get("iso2") for x in caat_entries)
    check(caat_country_entries["TR"] == 55, "F-049: 55 Turkish entries in the CAAT list")
    check(caat_country_entries["IL"] == 12, "F-051: 12 Israeli entries in the CAAT list")

    # ---- other organisations (section 6.2)
    un_rows = rows(section(facts_text, "### 6.2"), 8)
    check(list(un_rows) == frange(318, 331), "section 6.2 must hold F-318..F-331")
    for fid, (_, raw_name, country, show, kind, role, conf, src) in un_rows.items():
        m = re.match(r"^(.*?) \((.*)\)$", raw_name)
        name, people = (m.group(1), m.group(2)) if m else (raw_name, None)
        alt = [a for a, _ in FACTS_ALT_NAMES.get(fid, [])]
        if fid == "F-328":
            check(raw_name == "AS Holdings and its subsidiary Ari Arms", "F-328 name changed")
            name, alt, people = "AS Holdings / Ari Arms", ["AS Holdings", "Ari Arms"], None
            role = "AS Holdings and its subsidiary Ari Arms. " + role
        cm = re.match(r"^(.*) \(([A-Z]{2})\)$", country)
        check(cm is not None and country_names.get(cm.group(2)) == cm.group(1), "%s: country %r" % (fid, country))
        check(show in UNLISTED_SHOWS, "%s: unknown show %r" % (fid, show))
        shows, show_note = UNLISTED_SHOWS[show]
        kind_key = re.sub(r"\s*\(.*\)$", "", kind)
        check(kind_key in KIND_MAP, "%s: unknown kind %r" % (fid, kind))
        desc = sentence(clean_text(role))
        if people:
            desc = "People named: %s. %s" % (clean_text(people), desc)
        e = collections.OrderedDict([("id", EXHIBITOR_IDS[fid]), ("name", name)])
        if alt:
            e["altNames"] = alt
        e["country"] = cm.group(2)
        e["shows"] = list(shows)
        if show_note:
            e["showNote"] = show_note
        e["listed"] = False
        e["kind"] = KIND_MAP[kind_key]
        e["categories"] = []
        e["description"] = desc
        e["sources"] = merge(refs(src), refs(role))
        check(conf in CONFIDENCES and conf != "unknown", "%s: bad confidence" % fid)
        e["confidence"] = conf
        e["_fid"] = fid
        exhibitors.append(e)

    ex_ids = [e["id"] for e in exhibitors]
    for x in ex_ids:
        check(ID_RE.match(x) is not None, "bad exhibitor id %r" % x)
    dup = [x for x, n in collections.Counter(ex_ids).items() if n > 1]
    check(not dup, "duplicate exhibitor ids: %s" % dup)
    check(set(FACTS_ALT_NAMES) <= {e["_fid"] for e in exhibitors}, "alt-name fact ids must be exhibitors")
    # the example ids the brief names
    for must in ("azersilah", "q-stp", "aselsan", "ministry-of-defence-industry", "pakistan-aeronautical-complex"):
        check(must in ex_ids, "expected exhibitor id %s" % must)

    # ---- products (section 7)
    prod_rows = rows(section(facts_text, "## 7."), 7)
    check(list(prod_rows) == frange(418, 435), "section 7 must hold F-418..F-435")
    check(sorted(PRODUCTS) == list(prod_rows), "product data must cover F-418..F-435")
    products = []
    for fid, (_, pname, ptype, origin, details, conf, src) in prod_rows.items():
        pid, display, extra, exhibitor, cnames = PRODUCTS[fid]
        name = display or clean_text(pname)
        if display:
            check(display in pname, "%s: display name %r not in %r" % (fid, display, pname))
        p = collections.OrderedDict([("id", pid), ("name", name), ("type", clean_text(ptype))])
        if exhibitor:
            p["exhibitor"] = exhibitor
        else:
            p["origin"] = cap(clean_text(origin))
        p["categories"] = [cat_by_name[c] for c in cnames]
        parts = []
        if extra:
            parts.append(extra)
        if details != "-":
            parts.append(sentence(cap(clean_text(details))))
        if parts:
            p["description"] = " ".join(parts)
        p["sources"] = merge(refs(src), refs(details))
        check(conf in CONFIDENCES and conf != "unknown", "%s: bad confidence" % fid)
        p["confidence"] = conf
        products.append(p)
    check(len(products) == 18, "expected 18 products")

    # ---- programme (section 9)
    prog_rows = rows(section(facts_text, "## 9."), 9)
    item_ids = [f for f in prog_rows if f != "F-478"]
    check(sorted(item_ids) == sorted(frange(459, 477) + ["F-500"]), "programme facts F-459..F-477 and F-500")
    check(sorted(PROGRAMME) == sorted(item_ids), "programme data must cover F-459..F-477 and F-500")
    programme = []
    for fid in item_ids:
        _, date, time, kind, title_cell, place_cell, participants, conf, src = prog_rows[fid]
        d = PROGRAMME[fid]
        check(time == "time not published", "%s: a time is given (%r); the data has no start/end" % (fid, time))
        title = d["title"]
        check(title_cell.startswith(title), "%s: title is not the start of the facts' title" % fid)
        rest = title_cell[len(title):].lstrip(" .;:,")
        if "rest_edit" in d:
            old, new = d["rest_edit"]
            check(rest.startswith(old), "%s: description start %r" % (fid, old))
            rest = new + rest[len(old):]
        desc_parts = []
        if rest:
            desc_parts.append(sentence(cap(clean_text(rest))))
        if participants != "-" and participants != "; ".join(d.get("people", [])):
            desc_parts.append(sentence("Participants: " + clean_text(participants)))
        first_kind = re.split(r"[ +]", kind)[0]
        if first_kind.endswith("ings"):  # "meetings + signings"
            first_kind = first_kind[:-1]
        check(d["kind"] == first_kind, "%s: kind %r vs facts %r" % (fid, d["kind"], kind))
        if kind != d["kind"]:
            desc_parts.append("Reported as: %s." % kind.replace(" + ", " and "))
        day, last = parse_day(date)
        item = collections.OrderedDict([("id", d["id"]), ("title", title), ("kind", d["kind"]),
                                        ("shows", list(d["shows"]))])
        if day:
            item["day"] = day
        if last:
            item["lastDay"] = last
        if "day_note" in d:
            item["dayNote"] = d["day_note"]
        if fid == "F-474":
            check(day is None and date.startswith("date not published"), "F-474 has no date")
        if fid == "F-471":
            check("reported that day" in date, "F-471 is 'reported that day'")
        if fid == "F-500":
            check("second day" in date, "F-500 second day")
        if "place" in d:
            item["place"] = d["place"]
            check(place_cell not in ("not stated", "-"), "%s: the facts give no place" % fid)
            check(all(w in place_cell for w in re.findall(r"[A-Z][a-z]+", d["place"])),
                  "%s: place %r not from %r" % (fid, d["place"], place_cell))
        else:
            check(place_cell in ("not stated", "-"), "%s: the facts give a place %r" % (fid, place_cell))
        for person in d.get("people", []):
            check(person.split()[-1] in participants or person.split()[-1] in title_cell,
                  "%s: person %r not in the facts" % (fid, person))
        if d.get("people"):
            item["people"] = list(d["people"])
        if d.get("organisations"):
            item["organisations"] = list(d["organisations"])
        if d.get("exhibitors"):
            item["exhibitors"] = list(d["exhibitors"])
        if desc_parts:
            item["description"] = " ".join(desc_parts)
        item["sources"] = merge(refs(src), refs(title_cell), refs(participants))
        check(conf in CONFIDENCES and conf != "unknown", "%s: bad confidence" % fid)
        item["confidence"] = conf
        programme.append(item)
    check(len(programme) == 20, "expected 20 programme items")

    # ---- figures (section 4)
    fig_rows = collections.OrderedDict()
    for fid, cells in rows_any(s41).items():
        if fnum(fid) <= 57:
            check(len(cells) == 6, "%s: 6 cells" % fid)
            _, measure, figure, src, conf, note = cells
            fig_rows[fid] = ("4.1", measure, figure, src, conf, note, None)
    for fid, cells in rows(section(facts_text, "### 4.2"), 6).items():
        _, edition, measure, figure, src, conf = cells
        fig_rows[fid] = ("4.2", measure, figure, src, conf, "", edition)
    figures = []
    used_fig_facts = set()
    for figid, topic, show, values in FIGURES:
        f = collections.OrderedDict([("id", figid), ("topic", topic)])
        if show:
            f["show"] = show
        vals = []
        for fid, count, extra in values:
            check(fid in fig_rows and fid not in used_fig_facts, "figure fact %s missing or used twice" % fid)
            used_fig_facts.add(fid)
            part, measure, figure, src, conf, note, edition = fig_rows[fid]
            v = collections.OrderedDict([("value", clean_text(figure))])
            if count is not None:
                check(str(count) in figure.replace(",", "") or
                      {9: "nine"}.get(count, "#") in figure, "%s: count %d not in %r" % (fid, count, figure))
                v["count"] = count
            notes = []
            pm = re.search(r"\((.*)\)", measure)
            if pm:
                notes.append(sentence(cap(pm.group(1))))
            if edition:
                year = re.match(r"^ADEX (\d{4})", edition)
                check(year is not None and ("ADEX " + year.group(1)) in topic,
                      "%s: figure %s is not about %s" % (fid, figid, edition))
            if note:
                notes.append(sentence(clean_text(note)))
            if extra:
                notes.append(extra)
            if notes:
                v["note"] = " ".join(notes)
            v["sources"] = merge(refs(src), refs(note))
            check(v["sources"], "%s: a figure value needs sources" % fid)
            check(conf in CONFIDENCES and conf != "unknown", "%s: bad confidence" % fid)
            v["confidence"] = conf
            vals.append(v)
        f["values"] = vals
        figures.append(f)
    need = set(frange(36, 45) + frange(47, 51) + ["F-055"] + frange(83, 97))
    check(used_fig_facts == need, "figures must use exactly %s" % sorted(need - used_fig_facts))

    # ---- notes (sections 2, 3, 4.1 leftovers, F-478, 10, 11)
    all_note_rows = collections.OrderedDict()
    for fid, cells in rows(section(facts_text, "## 2."), 4).items():
        all_note_rows[fid] = (cells[1], cells[2], cells[3])
    for fid, cells in rows(section(facts_text, "## 3."), 5).items():
        all_note_rows[fid] = (cells[1], cells[3], cells[4])
    for fid, (part, measure, figure, src, conf, note, _) in fig_rows.items():
        if fid in NOTE_TOPICS:
            text = "%s: %s." % (cap(measure), figure) + (" " + note if note else "")
            all_note_rows[fid] = (text, conf, src)
    all_note_rows["F-478"] = (prog_rows["F-478"][4], prog_rows["F-478"][7], prog_rows["F-478"][8])
    for fid, cells in rows(section(facts_text, "## 10."), 4).items():
        all_note_rows[fid] = (cells[1], cells[2], cells[3])
    for fid, cells in rows(section(facts_text, "## 11."), 2).items():
        text = cells[1]
        all_note_rows[fid] = ("Not known: " + text[:1].lower() + text[1:], "unknown", "-")
    check(set(frange(1, 25)) <= set(all_note_rows), "section 2 facts")
    check(set(frange(486, 499)) <= set(all_note_rows), "section 11 facts")
    check(sorted(NOTE_TOPICS) == sorted(all_note_rows), "note topics must match the note facts: %s" %
          sorted(set(NOTE_TOPICS) ^ set(all_note_rows)))
    notes = []
    for fid, topic in NOTE_TOPICS.items():
        text, conf, src = all_note_rows[fid]
        check(conf in CONFIDENCES, "%s: bad confidence %r" % (fid, conf))
        srcs = merge(refs(src), refs(text))
        check(srcs or conf == "unknown", "%s: sources may be empty only when confidence is unknown" % fid)
        for old, new in NOTE_TEXT_EDITS.get(fid, []):
            check(old in text, "%s: text to edit %r not found" % (fid, old))
            text = text.replace(old, new)
        notes.append(collections.OrderedDict([("topic", topic), ("text", sentence(clean_text(text))),
                                              ("confidence", conf), ("sources", srcs)]))
    parts, date_srcs = [], []
    for fid in EARLIER_EDITION_DATES:
        edition = fig_rows[fid][6]
        m = re.match(r"^(ADEX \d{4}) \((\d\w\w)\), ([\d-]+ \w{3} \d{4}) \(dates ((?:\[S\d+\])+)\)$", edition)
        check(m is not None, "%s: edition cell %r" % (fid, edition))
        parts.append("%s (%s edition): %s" % (m.group(1), m.group(2), m.group(3)))
        date_srcs = merge(date_srcs, refs(m.group(4)))
    notes.append(collections.OrderedDict([
        ("topic", "Dates of earlier editions"), ("text", sentence("; ".join(parts))),
        ("confidence", "reported"), ("sources", date_srcs)]))
    check(EARLIER_COUNTRIES_PARAGRAPH in facts_text, "section 5 earlier-edition paragraph changed")
    notes.append(collections.OrderedDict([
        ("topic", "Countries of earlier editions only"),
        ("text", clean_text(EARLIER_COUNTRIES_PARAGRAPH)),
        ("confidence", "reported"), ("sources", refs(EARLIER_COUNTRIES_PARAGRAPH))]))

    # ---- event, shows, halls
    f006 = all_note_rows["F-006"][0]
    am = re.search(r"\"(Baku Expo Center, [^\"]+)\"; latitude (\d+\.\d+), longitude (\d+\.\d+)", f006)
    check(am is not None, "F-006 address and coordinates")
    check(abs(float(am.group(2)) - caat["address"]["lat"]) < 1e-9 and
          abs(float(am.group(3)) - caat["address"]["lon"]) < 1e-9, "F-006 coordinates vs CAAT")
    event = collections.OrderedDict([
        ("id", "adex-2024"),
        ("name", "ADEX-2024 and Securex Caspian 2024"),
        ("venue", collections.OrderedDict([
            ("name", "Baku Expo Center"), ("address", am.group(1)),
            ("latitude", float(am.group(2))), ("longitude", float(am.group(3))),
            ("sources", merge(refs(all_note_rows["F-006"][2]), refs(all_note_rows["F-005"][2])))])),
        ("timeZone", "Asia/Baku"),
        ("dataAsOf", "2026-11-23"),
        ("notice", NOTICE),
        ("website", "https://adex.az"),
        ("organisers", [
            collections.OrderedDict([("name", "Ministry of Defence Industry of Azerbaijan"),
                                     ("role", "Initiator and organiser"),
                                     ("sources", refs(all_note_rows["F-008"][2]))]),
            collections.OrderedDict([("name", "Ministry of Defence of Azerbaijan"), ("role", "Support"),
                                     ("sources", refs(all_note_rows["F-008"][2]))]),
            collections.OrderedDict([("name", "Caspian Event Organisers (CEO) LLC"),
                                     ("role", "Organiser company (organisational support to both shows)"),
                                     ("sources", refs(all_note_rows["F-009"][2]))]),
        ]),
        ("notes", notes),
    ])
    check(len(NOTICE) < 700, "notice must stay under 700 characters (%d)" % len(NOTICE))
    check("adex.az" in all_note_rows["F-012"][0], "F-012 website")
    check(caat["startDate"] == "2024-09-24" and caat["endDate"] == "2024-09-26", "CAAT dates")

    shows = [
        collections.OrderedDict([
            ("id", "adex"), ("name", "ADEX-2024"),
            ("fullName", "5th Azerbaijan International Defence Exhibition"), ("edition", 5),
            ("firstDay", "2024-09-24"), ("lastDay", "2024-09-26"),
            ("sources", merge(refs(all_note_rows["F-001"][2]), refs(all_note_rows["F-003"][2])))]),
        collections.OrderedDict([
            ("id", "securex"), ("name", "Securex Caspian 2024"),
            ("fullName", "14th International Exhibition for Internal Security, Safety and Rescue Equipment"),
            ("edition", 14), ("theme", "Internal security, safety and rescue equipment"),
            ("firstDay", "2024-09-24"), ("lastDay", "2024-09-26"),
            ("sources", merge(refs(all_note_rows["F-002"][2]), refs(all_note_rows["F-479"][2])))]),
    ]
    check("5th" in all_note_rows["F-001"][0] and "14th" in all_note_rows["F-002"][0], "show editions")
    check("24-26 September 2024" in all_note_rows["F-003"][0], "show dates")

    hall_src = merge(refs(all_note_rows["F-031"][2]), refs(all_note_rows["F-034"][2]))
    f032_src = refs(all_note_rows["F-032"][2])
    base = ("Known from ADEX 2022 and 2018 reports (three halls of Baku Expo Center plus an outdoor "
            "display area); the 2024 allocation (exhibitors, pavilions, ADEX or Securex Caspian) and the "
            "2024 layout are not published.")
    halls = [
        collections.OrderedDict([("id", "hall-1"), ("name", "Hall 1"), ("kind", "hall"),
                                 ("note", base + " In 2022 Azerbaijani stands were in the first and third halls."),
                                 ("sources", merge(hall_src, f032_src))]),
        collections.OrderedDict([("id", "hall-2"), ("name", "Hall 2"), ("kind", "hall"),
                                 ("note", base), ("sources", hall_src)]),
        collections.OrderedDict([("id", "hall-3"), ("name", "Hall 3"), ("kind", "hall"),
                                 ("note", base + " In 2022 Azerbaijani stands were in the first and third "
                                               "halls; in 2018 the MDI pavilion was in the third hall."),
                                 ("sources", merge(hall_src, f032_src))]),
        collections.OrderedDict([("id", "outdoor"), ("name", "Outdoor display area"), ("kind", "outdoor"),
                                 ("note", base + " In 2022 the outdoor display area was in front of the "
                                               "building and held Azerbaijani stands; its 2024 size is not published."),
                                 ("sources", merge(hall_src, f032_src))]),
    ]
    check("in front of the building" in all_note_rows["F-031"][0], "F-031 outdoor area")
    check("third hall" in all_note_rows["F-034"][0], "F-034 MDI pavilion")
    check("first and third halls and on the open-air area" in all_note_rows["F-032"][0], "F-032")

    kinds = [collections.OrderedDict([("id", k), ("name", n)]) for k, n in KINDS]

    for e in exhibitors:
        del e["_fid"]

    data = collections.OrderedDict([
        ("$comment", "Generated by tools/make-dataset.py from the sourced facts file "
                     "(adex2024-facts.md); do not edit by hand. Exhibitor list: Campaign Against Arms "
                     "Trade & Omega Research Foundation, arms-and-security-fair-exhibitors (source s8)."),
        ("format", FORMAT),
        ("event", event),
        ("sources", sources),
        ("shows", shows),
        ("halls", halls),
        ("categories", categories),
        ("countries", countries),
        ("kinds", kinds),
        ("exhibitors", exhibitors),
        ("products", products),
        ("programme", programme),
        ("figures", figures),
    ])
    # sources cited only by section 6.3 (earlier-edition exhibitors, deliberately left out)
    s63 = section(facts_text, "### 6.3")
    rest = facts_text.replace(s63, "")
    for sid in ONLY_EARLIER_EDITION_SOURCES:
        tag = "[S%s]" % sid[1:]
        check(tag in s63 and tag not in rest.split("## 12.")[0], "%s is expected to be cited only in 6.3" % sid)
    verify(data, source_ids)
    return data


def rows_any(body):
    """Rows of every table in `body`, whatever their width."""
    out = collections.OrderedDict()
    for line in body.splitlines():
        if line.startswith("| F-"):
            cells = [c.strip() for c in line.strip()[1:-1].split("|")]
            out[cells[0]] = cells
    return out


def verify(data, source_ids):
    """Reference integrity and the format's meaning rules that the generator can check."""
    def ids(kind, key="id"):
        lst = [x[key] for x in data.get(kind, [])]
        dup = [x for x, n in collections.Counter(lst).items() if n > 1]
        check(not dup, "duplicate %s ids: %s" % (kind, dup))
        return set(lst)

    src = ids("sources")
    check(src == source_ids, "source ids")
    show_ids, hall_ids, cat_ids = ids("shows"), ids("halls"), ids("categories")
    country_ids, kind_ids, ex_ids = ids("countries", "code"), ids("kinds"), ids("exhibitors")
    ids("products"), ids("programme"), ids("figures")
    cited = set()

    def cite(where, lst, allow_empty=False):
        check(allow_empty or lst, "%s: sources must not be empty" % where)
        for s in lst:
            check(s in src, "%s: unknown source %s" % (where, s))
            cited.add(s)

    def text_refs(where, text):
        for n in re.findall(r"\[s(\d+)(?=[\],])", text or ""):
            check("s" + n in src, "%s: text cites unknown source s%s" % (where, n))

    ev = data["event"]
    cite("event.venue", ev["venue"]["sources"])
    for o in ev["organisers"]:
        cite("organiser", o["sources"])
    for i, n in enumerate(ev["notes"]):
        cite("notes[%d]" % i, n["sources"], allow_empty=n["confidence"] == "unknown")
        text_refs("notes[%d]" % i, n["text"])
        for s in re.findall(r"\[s(\d+)(?=[\],])", n["text"]):
            check("s" + s in n["sources"], "notes[%d]: cited s%s not among its sources" % (i, s))
    for s in data["shows"]:
        cite("show " + s["id"], s["sources"])
        check(s["firstDay"] <= s["lastDay"], "show dates")
    for h in data["halls"]:
        cite("hall " + h["id"], h.get("sources", []), allow_empty=True)
    for c in data["categories"]:
        cite("category " + c["id"], c.get("sources", []), allow_empty=True)
    for c in data["countries"]:
        cite("country " + c["code"], c.get("sources", []), allow_empty=True)
    for e in data["exhibitors"]:
        w = "exhibitor " + e["id"]
        cite(w, e["sources"])
        text_refs(w, e.get("description"))
        check(e["kind"] in kind_ids, "%s: unknown kind" % w)
        check(e.get("country", "AZ") in country_ids, "%s: unknown country" % w)
        for s in e["shows"]:
            check(s in show_ids, "%s: unknown show %s" % (w, s))
        for c in e["categories"]:
            check(c in cat_ids, "%s: unknown category %s" % (w, c))
        check(len(set(e.get("altNames", []))) == len(e.get("altNames", [])), "%s: duplicate altNames" % w)
    for p in data["products"]:
        w = "product " + p["id"]
        cite(w, p["sources"])
        text_refs(w, p.get("description"))
        check(p.get("exhibitor", "azersilah") in ex_ids, "%s: unknown exhibitor" % w)
        check(("exhibitor" in p) != ("origin" in p), "%s: exactly one of exhibitor/origin" % w)
        for c in p.get("categories", []):
            check(c in cat_ids, "%s: unknown category %s" % (w, c))
    first = min(s["firstDay"] for s in data["shows"])
    last = max(s["lastDay"] for s in data["shows"])
    for it in data["programme"]:
        w = "programme " + it["id"]
        cite(w, it["sources"])
        text_refs(w, it.get("description"))
        for s in it["shows"]:
            check(s in show_ids, "%s: unknown show %s" % (w, s))
        for x in it.get("exhibitors", []):
            check(x in ex_ids, "%s: unknown exhibitor %s" % (w, x))
        if "day" in it:
            check(DATE_RE.match(it["day"]) and first <= it["day"] <= last, "%s: day outside the event" % w)
        if "lastDay" in it:
            check("day" in it and it["day"] <= it["lastDay"] <= last, "%s: lastDay" % w)
        check("start" not in it and "end" not in it, "%s: no times are published" % w)
    for f in data["figures"]:
        if "show" in f:
            check(f["show"] in show_ids, "figure %s: unknown show" % f["id"])
        for v in f["values"]:
            cite("figure " + f["id"], v["sources"])
            text_refs("figure " + f["id"], v.get("note"))
    uncited = sorted(src - cited, key=lambda s: int(s[1:]))
    check(uncited == ONLY_EARLIER_EDITION_SOURCES,
          "sources never cited: %s (expected only %s)" % (uncited, ONLY_EARLIER_EDITION_SOURCES))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("facts", nargs="?", default=DEFAULT_FACTS, help="the facts markdown file")
    ap.add_argument("--caat", help="the CAAT/Omega adex-2024.json (default: caat/adex-2024.json next to FACTS)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output file (default: Assets/adex-2024.json)")
    args = ap.parse_args(argv)
    facts_path = args.facts
    if not os.path.isabs(facts_path) and not os.path.exists(facts_path):
        facts_path = os.path.join(REPO, facts_path)
    caat_path = args.caat or os.path.join(os.path.dirname(os.path.abspath(facts_path)), "caat", "adex-2024.json")
    with open(facts_path, encoding="utf-8") as fh:
        facts_text = fh.read()
    with open(caat_path, encoding="utf-8") as fh:
        caat = json.load(fh)
    data = build(facts_text, caat)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    out = args.out
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.replace(tmp, out)
    listed = sum(1 for e in data["exhibitors"] if e["listed"])
    print("wrote %s: %d exhibitors (%d listed, %d not listed), %d categories, %d countries, "
          "%d products, %d programme items, %d figures, %d sources, %d notes" % (
              os.path.relpath(out), len(data["exhibitors"]), listed, len(data["exhibitors"]) - listed,
              len(data["categories"]), len(data["countries"]), len(data["products"]),
              len(data["programme"]), len(data["figures"]), len(data["sources"]),
              len(data["event"]["notes"])))


if __name__ == "__main__":
    main(sys.argv[1:])
