#!/usr/bin/env python3
"""Check iCalendar files with a real parser (Python's `icalendar` package).

Usage: python3 scripts/validate-ics.py FILE...

For each file: it must be UTF-8 with CRLF line endings and no line longer than 75 octets, and
parse as one VCALENDAR with VERSION:2.0 and a PRODID. Every VEVENT must have UID, DTSTAMP,
DTSTART and SUMMARY; an all-day event (DTSTART;VALUE=DATE) must have date values in DTSTART and
DTEND, with DTEND after DTSTART. Every VTODO must have UID and DTSTAMP. UIDs must be unique.
Every TZID used must have a VTIMEZONE, and that VTIMEZONE must give the same UTC offset as the
system's time zone database (zoneinfo) at every DTSTART and DTEND that uses it.

Prints each problem as `FILE: message`, then exits 0 when every file is valid, 1 when any is
not, and 2 on bad usage or when the `icalendar` package is not installed.
"""

import datetime
import sys

USAGE = "usage: python3 scripts/validate-ics.py FILE..."


def check_lines(path, raw, problems):
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("%s: a line ends in LF without CR" % path)
    if not raw.endswith(b"\r\n"):
        problems.append("%s: the last line does not end in CRLF" % path)
    for number, line in enumerate(raw.split(b"\r\n"), start=1):
        if len(line) > 75:
            problems.append("%s:%d: line of %d octets (at most 75)" % (path, number, len(line)))


def check_calendar(path, calendar, problems):
    from icalendar import Calendar

    if calendar.name != "VCALENDAR":
        problems.append("%s: the top component is %s, not VCALENDAR" % (path, calendar.name))
        return
    if str(calendar.get("VERSION", "")) != "2.0":
        problems.append("%s: VERSION is not 2.0" % path)
    if not calendar.get("PRODID"):
        problems.append("%s: no PRODID" % path)

    zones = {}
    for zone in calendar.walk("VTIMEZONE"):
        zones[str(zone["TZID"])] = zone

    uids = set()
    for component in calendar.walk():
        if component.name not in ("VEVENT", "VTODO"):
            continue
        uid = str(component.get("UID", ""))
        where = "%s: %s %s" % (path, component.name, uid or "(no UID)")
        required = ("UID", "DTSTAMP", "DTSTART", "SUMMARY") if component.name == "VEVENT" else ("UID", "DTSTAMP")
        for name in required:
            if component.get(name) is None:
                problems.append("%s: no %s" % (where, name))
        if uid:
            if uid in uids:
                problems.append("%s: UID appears twice" % where)
            uids.add(uid)
        stamp = component.get("DTSTAMP")
        if stamp is not None and (not isinstance(stamp.dt, datetime.datetime) or stamp.dt.utcoffset() != datetime.timedelta(0)):
            problems.append("%s: DTSTAMP is not a UTC date-time" % where)
        start = component.get("DTSTART")
        if start is None:
            continue
        end = component.get("DTEND")
        if start.params.get("VALUE") == "DATE" or not isinstance(start.dt, datetime.datetime):
            # An all-day event: dates only, on both ends.
            if isinstance(start.dt, datetime.datetime) or start.params.get("VALUE") != "DATE":
                problems.append("%s: all-day DTSTART is not a VALUE=DATE date" % where)
            if end is not None:
                if isinstance(end.dt, datetime.datetime) or end.params.get("VALUE") != "DATE":
                    problems.append("%s: DTEND of an all-day event is not a VALUE=DATE date" % where)
                elif end.dt <= start.dt:
                    problems.append("%s: DTEND is not after DTSTART" % where)
            continue
        if end is not None:
            if not isinstance(end.dt, datetime.datetime):
                problems.append("%s: DTSTART is a date-time but DTEND is a date" % where)
            elif end.dt < start.dt:
                problems.append("%s: DTEND is before DTSTART" % where)
        for prop in (start, end):
            if prop is None:
                continue
            tzid = prop.params.get("TZID")
            if tzid is None:
                continue
            if tzid not in zones:
                problems.append("%s: TZID %s has no VTIMEZONE" % (where, tzid))
                continue
            check_offset(where, zones[tzid], tzid, prop.dt, problems)


def check_offset(where, zone, tzid, moment, problems):
    """The VTIMEZONE's offset at a local time must be the tz database's."""
    import zoneinfo

    try:
        reference = zoneinfo.ZoneInfo(tzid)
    except Exception:  # an unknown zone: nothing to compare with
        return
    wall = moment.replace(tzinfo=None)
    expected = wall.replace(tzinfo=reference).utcoffset()
    try:
        # icalendar 6 and later: build the zone from the component itself, not from its TZID.
        built = zone.to_tz(lookup_tzid=False)
    except TypeError:
        built = zone.to_tz()  # icalendar 5 always builds it from the component
    if hasattr(built, "localize"):  # pytz-style zones (icalendar 5)
        actual = built.localize(wall).utcoffset()
    else:
        actual = wall.replace(tzinfo=built).utcoffset()
    if expected != actual:
        problems.append("%s: VTIMEZONE %s gives UTC offset %s at %s, the tz database %s"
                        % (where, tzid, actual, wall.isoformat(), expected))


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        sys.stderr.write(USAGE + "\n")
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    try:
        from icalendar import Calendar
    except ImportError:
        sys.stderr.write("validate-ics: the Python package 'icalendar' is not installed; "
                         "run: pip install icalendar (scripts/test installs it)\n")
        return 2

    failed = False
    for path in argv:
        problems = []
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
            raw.decode("utf-8")
        except OSError as error:
            print("%s: cannot read: %s" % (path, error.strerror or error))
            failed = True
            continue
        except UnicodeDecodeError as error:
            print("%s: invalid UTF-8 at byte %d" % (path, error.start))
            failed = True
            continue
        check_lines(path, raw, problems)
        try:
            calendar = Calendar.from_ical(raw)
        except Exception as error:  # icalendar raises ValueError and others on bad input
            problems.append("%s: does not parse: %s" % (path, error))
        else:
            check_calendar(path, calendar, problems)
        for problem in problems:
            print(problem)
        if problems:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
