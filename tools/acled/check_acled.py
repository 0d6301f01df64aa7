#!/usr/bin/env python3
"""Loads an ACLED CSV the way an ACLED user's script does, and checks it against ACLED's codebook.

Usage: check_acled.py FILE.csv   Prints "OK: N events, M fatalities" or one line per problem (exit 1).

Written from ACLED's codebook (2024 export): the 31 columns in order, event_date as YYYY-MM-DD with year
equal to its year, time_precision and geo_precision 1-3, the disorder / event / sub-event taxonomy,
actor1 always present and its type in inter1, actor2 with inter2 when there is a second side,
interaction naming the two types in the codebook's order ("State forces-Civilians") or one side alone
("Protesters only"), iso as an ISO 3166-1 numeric code, coordinates in range, fatalities a whole number
(or empty when unknown, which Vigil writes instead of a false 0). The file is then loaded with pandas the
way ACLED's users load it (typed columns, dates parsed), which must give the same events and fatalities.
"""
import csv
import datetime
import sys

try:
    import pandas
except ImportError:
    pandas = None

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]

TAXONOMY = {
    "Battles": ("Political violence", {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}),
    "Explosions/Remote violence": ("Political violence", {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}),
    "Violence against civilians": ("Political violence", {"Sexual violence", "Attack", "Abduction/forced disappearance"}),
    "Protests": ("Demonstrations", {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}),
    "Riots": ("Demonstrations", {"Violent demonstration", "Mob violence"}),
    "Strategic developments": ("Strategic developments", {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"}),
}

ACTOR_TYPES = ["State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"]


def problems_of(row, line):
    def bad(column, why):
        return f"line {line}: {column} {why} ({row[column]!r})"

    try:
        day = datetime.date.fromisoformat(row["event_date"])
    except ValueError:
        yield bad("event_date", "is not a YYYY-MM-DD date")
        day = None
    if day and row["year"] != str(day.year):
        yield bad("year", f"is not event_date's year {day.year}")
    for column in ("time_precision", "geo_precision"):
        if row[column] not in ("1", "2", "3"):
            yield bad(column, "is not 1, 2 or 3")
    expected = TAXONOMY.get(row["event_type"])
    if expected is None:
        yield bad("event_type", "is not one of ACLED's six event types")
    else:
        if row["disorder_type"] != expected[0]:
            yield bad("disorder_type", f"should be {expected[0]!r} for {row['event_type']!r}")
        if row["sub_event_type"] not in expected[1]:
            yield bad("sub_event_type", f"is not a sub-event type of {row['event_type']!r}")
    for column in ("inter1", "inter2"):
        if row[column] and row[column] not in ACTOR_TYPES:
            yield bad(column, "is not an ACLED actor type")
    for actor, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        if bool(row[actor]) != bool(row[inter]):
            yield bad(inter, f"must be set exactly when {actor} is")
    if not row["actor1"]:
        yield bad("actor1", "is empty: every ACLED event has an actor1")
    if row["inter1"] in ACTOR_TYPES and (not row["inter2"] or row["inter2"] in ACTOR_TYPES):
        sides = sorted(filter(None, (row["inter1"], row["inter2"])), key=ACTOR_TYPES.index)
        expected = f"{sides[0]} only" if len(sides) == 1 else "-".join(sides)
        if row["interaction"] != expected:
            yield bad("interaction", f"should be {expected!r} for inter1 {row['inter1']!r} and inter2 {row['inter2']!r}")
    if row["civilian_targeting"] not in ("", "Civilian targeting"):
        yield bad("civilian_targeting", "is neither empty nor 'Civilian targeting'")
    if not row["iso"].isdigit() or not 0 < int(row["iso"]) < 1000:
        yield bad("iso", "is not an ISO 3166-1 numeric code")
    for column, limit in (("latitude", 90), ("longitude", 180)):
        try:
            if abs(float(row[column])) > limit:
                yield bad(column, "is out of range")
        except ValueError:
            yield bad(column, "is not a number")
    if row["fatalities"] and not row["fatalities"].isdigit():
        yield bad("fatalities", "is not a whole number")
    if not row["timestamp"].isdigit():
        yield bad("timestamp", "is not a Unix time")
    for column in ("event_id_cnty", "country", "source"):
        if not row[column]:
            yield bad(column, "is empty")


def main(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        if header[: len(ACLED_COLUMNS)] != ACLED_COLUMNS:
            missing = [c for c in ACLED_COLUMNS if c not in header]
            print(f"{path}: the first {len(ACLED_COLUMNS)} columns are not ACLED's, in order" + (f"; missing: {', '.join(missing)}" if missing else ""))
            return 1
        problems, events, fatalities, ids = [], 0, 0, set()
        for line, row in enumerate(reader, start=2):
            events += 1
            problems.extend(problems_of(row, line))
            if row["event_id_cnty"] in ids:
                problems.append(f"line {line}: event_id_cnty {row['event_id_cnty']} repeats an earlier row's")
            ids.add(row["event_id_cnty"])
            fatalities += int(row["fatalities"]) if row["fatalities"].isdigit() else 0
    if not problems:
        problems.extend(pandas_problems(path, events, fatalities))
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"OK: {events} events, {fatalities} fatalities")
    return 0


def pandas_problems(path, events, fatalities):
    """Loads the file as an ACLED user's pandas script does and checks it reads the same events."""
    if pandas is None:
        return [f"{path}: pandas is not installed (Debian: apt-get install python3-pandas); the file was not loaded with it"]
    frame = pandas.read_csv(path, encoding="utf-8-sig", parse_dates=["event_date"], dtype={"iso": "Int64", "fatalities": "Int64", "time_precision": "Int64", "geo_precision": "Int64"})
    problems = []
    if list(frame.columns[: len(ACLED_COLUMNS)]) != ACLED_COLUMNS:
        problems.append(f"{path}: pandas reads other columns: {list(frame.columns[: len(ACLED_COLUMNS)])}")
    if len(frame) != events:
        problems.append(f"{path}: pandas reads {len(frame)} events, the csv module {events}")
    if not pandas.api.types.is_datetime64_any_dtype(frame["event_date"]):
        problems.append(f"{path}: pandas does not read event_date as dates ({frame['event_date'].dtype})")
    if int(frame["fatalities"].sum()) != fatalities:
        problems.append(f"{path}: pandas sums {frame['fatalities'].sum()} fatalities, the csv module {fatalities}")
    if frame["actor1"].isna().any():
        problems.append(f"{path}: pandas reads an empty actor1 in {int(frame['actor1'].isna().sum())} rows")
    return problems


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2])
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
