"""Reads an iCalendar document on stdin, parses it with Python's `icalendar` (a reader that
knows RFC 5545 well and is not Ponte's own), refuses it if any component has a parse error,
and prints what a calendar would show as JSON: the METHOD, the event's UID, SEQUENCE, STATUS,
its start's TZID and wall-clock time, and that start as a UTC instant computed twice — from
the document's own VTIMEZONE and from the system's time-zone database (they must agree)."""

import json
import sys
from datetime import timezone

from icalendar import Calendar


def main() -> None:
    data = sys.stdin.buffer.read()
    cal = Calendar.from_ical(data)
    errors = [(c.name, e) for c in cal.walk() for e in getattr(c, "errors", [])]
    if errors:
        print(json.dumps({"errors": [f"{n}: {e}" for n, e in errors]}))
        sys.exit(1)
    events = cal.walk("VEVENT")
    zones = cal.walk("VTIMEZONE")
    if len(events) != 1 or len(zones) != 1:
        print(json.dumps({"errors": [f"{len(events)} events, {len(zones)} time zones"]}))
        sys.exit(1)
    event, zone = events[0], zones[0]
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    tzid = event["DTSTART"].params.get("TZID")
    own = zone.to_tz()
    local = start.replace(tzinfo=None)
    print(json.dumps({
        "method": str(cal.get("METHOD")),
        "uid": str(event.get("UID")),
        "sequence": int(event.get("SEQUENCE", 0)),
        "status": str(event.get("STATUS")),
        "tzid": tzid,
        "vtimezone": str(zone.get("TZID")),
        "local_start": local.isoformat(),
        "local_end": end.replace(tzinfo=None).isoformat(),
        "utc_start_system": start.astimezone(timezone.utc).isoformat(),
        "utc_start_vtimezone": local.replace(tzinfo=own).astimezone(timezone.utc).isoformat(),
        "attendee": str(event.get("ATTENDEE", "")),
    }))


if __name__ == "__main__":
    main()
