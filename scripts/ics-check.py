#!/usr/bin/env python3
"""Reads what Talents writes for agendas with independent parsers, and prints what they see as JSON.

    ics-check.py ics FILE...    each .ics parsed by Python's icalendar (PyPI)
    ics-check.py mail FILE...   each e-mail parsed by Python's email package; its text/calendar
                                parts decoded and parsed by icalendar

Used by the calendar tests (Tests/APITests/CalendarInvitationTests.swift,
Tests/WebTests/WebAgendaTests.swift); exits 1 when a file does not parse.
"""
import email
import email.policy
import json
import sys

import icalendar


def calendar(data):
    """The calendar's method and its events as icalendar reads them, times in their own zone."""
    cal = icalendar.Calendar.from_ical(data)
    if cal.errors:
        raise ValueError(f"icalendar errors: {cal.errors}")
    # The zones as the file defines them (not the system's tz database), to check our VTIMEZONE.
    own_zones = {str(tz["TZID"]): tz.to_tz(lookup_tzid=False) for tz in cal.walk("VTIMEZONE")}
    events = []
    for event in cal.walk("VEVENT"):
        if event.errors:
            raise ValueError(f"icalendar errors in VEVENT: {event.errors}")
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        events.append({
            "uid": str(event["UID"]),
            "sequence": int(event.get("SEQUENCE", 0)),
            "start": start.isoformat(),
            "end": end.isoformat(),
            "startByOwnZone": by_own_zone(event["DTSTART"], start, own_zones),
            "endByOwnZone": by_own_zone(event["DTEND"], end, own_zones),
            "startZone": str(getattr(getattr(start, "tzinfo", None), "key", None) or event["DTSTART"].params.get("TZID", "")),
            "stamp": event.decoded("DTSTAMP").isoformat(),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "location": str(event.get("LOCATION", "")),
            "organizer": str(event.get("ORGANIZER", "")),
            "attendees": [str(a) for a in (event.get("ATTENDEE") if isinstance(event.get("ATTENDEE"), list)
                                           else [event["ATTENDEE"]] if "ATTENDEE" in event else [])],
        })
    return {
        "method": str(cal.get("METHOD", "")),
        "version": str(cal.get("VERSION", "")),
        "prodid": str(cal.get("PRODID", "")),
        "timezones": [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")],
        "events": events,
    }


def by_own_zone(prop, value, zones):
    """The time with the offset the file's own VTIMEZONE gives it (ISO 8601), or "" for a day."""
    tzid = prop.params.get("TZID")
    if tzid not in zones or not hasattr(value, "hour"):
        return ""
    return value.replace(tzinfo=None).replace(tzinfo=zones[tzid]).isoformat()


def mail(data):
    """The message's structure as the email package reads it, and its calendars."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    parts, calendars, defects = [], [], list(message.defects)
    for part in message.walk():
        defects += part.defects
        parts.append(part.get_content_type())
        if part.get_content_type() == "text/calendar":
            payload = part.get_payload(decode=True)
            entry = calendar(payload)
            # The header as sent (unfolded), not as the email package normalizes it.
            raw = dict((name.lower(), value) for name, value in part.raw_items())["content-type"]
            entry["contentType"] = " ".join(raw.split())
            entry["method"] = part.get_param("method") or ""
            entry["filename"] = part.get_filename() or ""
            calendars.append(entry)
    text = message.get_body(preferencelist=("plain",))
    return {
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "defects": [str(d) for d in defects],
        "parts": parts,
        "text": text.get_content() if text is not None else "",
        "calendars": calendars,
    }


def main():
    kind, files = sys.argv[1], sys.argv[2:]
    read = {"ics": calendar, "mail": mail}[kind]
    out = []
    for name in files:
        with open(name, "rb") as handle:
            out.append(read(handle.read()))
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
