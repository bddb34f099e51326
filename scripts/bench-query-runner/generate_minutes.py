#!/usr/bin/env python3
"""Writes N invented plain-text minutes for scripts/bench-query to ingest.

Usage: generate_minutes.py OUT_DIR COUNT [SEED]

Each file is one meeting of one of ~300 bodies (parish and town councils, NHS boards, school governors, trusts,
associations), dated 2000-2025, with a title naming the body, a date line, attendance with roles and initials,
about nine numbered items and about three actions whose owners are written by full name, by initials or by role, some
with a due date. Words follow a skewed frequency, so "council" and "budget" are common and "asbestos" is rare; the
phrase "street lighting" is an item title and a passing mention. Everything is invented; the same seed writes the
same files. 1,000 files to a folder.
"""
import datetime
import os
import random
import sys

PLACES = ("Ashby Brindle Carlow Dunmore Elsworth Fenwick Garston Hexley Ilford Kirkby Linthorpe Marden Netherby "
          "Oakhurst Penrith Quarley Rendham Stowell Thornby Ulverley Wexcombe Yarrow Amblecote Birchover Colwick "
          "Dalby Eastrop Fulbeck Grimston Holbeach").split()
QUALIFIERS = ["", "North ", "South ", "Upper ", "Great "]
KINDS = ["Parish Council", "Town Council", "NHS Foundation Trust Board", "Academy Trust Board",
         "Community Association", "Residents Association", "Village Hall Trust", "Allotment Society",
         "Police and Crime Panel", "Housing Association Board"]

FIRST = ("Anna Ben Carla David Emma Farid Grace Hugo Isla Jack Karen Liam Maya Noah Olive Peter Quinn Rosa Sam Tara "
         "Umar Vera Will Xena Yusuf Zoe Alan Beth Colin Diane Eric Fiona Gareth Helen Ian Julia Keith Linda Martin "
         "Nina").split()
SURNAMES = ("Shaw Patel Jones Okafor Novak Reid Walsh Khan Morgan Hughes Price Ellis Foster Grant Hayes Irving Lowe "
            "Mason Nash Owen Pryce Quayle Rowe Sharma Turner Upton Vaughan Webb Young Bishop Carter Dixon Evans Fisher "
            "Gibson Harper Ingram Jarvis Kemp Lamb").split()
TITLES = ["Cllr", "Cllr", "Cllr", "Mr", "Mrs", "Ms", "Dr"]
ROLES = ["Chair", "Vice-Chair", "Treasurer", "Secretary"]
OFFICERS = ["Clerk", "Finance Officer", "Head of Estates", "Locality Manager"]

ITEM_TITLES = ["Apologies for absence", "Declarations of interest", "Minutes of the previous meeting", "Matters arising",
               "Public participation", "Finance report", "Budget monitoring", "Planning applications",
               "Highways and footpaths", "Play areas", "Allotments", "Cemetery", "Village hall", "Grants",
               "Correspondence", "Clerk's report", "Chair's report", "Police report", "Risk register",
               "Internal audit", "Insurance renewal", "Website and communications", "Climate emergency",
               "Trees and hedges", "Street lighting", "Winter maintenance", "Flooding and drainage",
               "Community safety", "Youth provision", "Quality report", "Safeguarding report", "Workforce update",
               "Performance report", "Estates strategy", "Annual budget and precept", "Council tax support"]

# Frequent words first: a word's chance falls with its place in the list.
VOCABULARY = ("council report members agreed noted meeting committee officer update budget plan service review "
              "proposal residents public funding policy cost works approved discussed chair clerk minutes information "
              "support project road school housing planning application community consultation contract safety health "
              "staff training risk performance quarter target figures data scheme programme strategy board trust "
              "partnership development maintenance repair traffic parking footpath library park play area grant "
              "payment invoice account reserves audit insurance governance complaint standards code conduct visit "
              "inspection survey assessment request letter email response deadline timetable schedule progress delay "
              "issue concern matter question motion resolution vote recommendation decision approval refusal condition "
              "appeal enforcement licence permit tree hedge drainage flooding gully culvert bridge lighting bench "
              "shelter bus transport cycle pavement pothole gritting winter event festival market hall centre venue "
              "volunteer recruitment vacancy appointment contractor tender quotation estimate procurement supplier "
              "energy heating boiler roof window building premises lease rent precept levy charge fee income "
              "expenditure deficit surplus forecast monitoring variance capital revenue loan investment pension salary "
              "inflation saving efficiency digital website newsletter communication engagement equality diversity "
              "accessibility carers children families youth sports pitch pavilion allotment cemetery memorial "
              "churchyard green boundary neighbourhood ward district county government guidance legislation statutory "
              "duty regulation compliance incident investigation outcome improvement quality patient hospital clinic "
              "nurse referral discharge ambulance wellbeing safeguarding police crime speeding camera patrol climate "
              "carbon emissions recycling waste collection litter noise pollution river canal wildlife biodiversity "
              "habitat conservation heritage archive museum theatre culture tourism business economy skills "
              "apprenticeship college pupils teachers governors curriculum attendance admissions catchment").split()
OPENINGS = ["The officer reported that", "Members noted that", "It was agreed that", "The committee discussed how",
            "Following discussion it was resolved that", "The chair confirmed that", "Residents asked whether"]
VERBS = ["obtain quotes for", "write to the county about", "report back on", "circulate a paper on",
         "arrange a site visit about", "update the register of", "contact the contractor about", "review the"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# A uniform draw raised to the power 2.2 picks a place in the list: a rough Zipf slope, "council" about one word in 14.
WEIGHTS = [((i + 1) / len(VOCABULARY)) ** (1 / 2.2) for i in range(len(VOCABULARY))]


def words(rng, n):
    return " ".join(rng.choices(VOCABULARY, cum_weights=WEIGHTS, k=n))


def sentence(rng):
    text = rng.choice(OPENINGS) + " " + words(rng, rng.randint(6, 14))
    if rng.random() < 0.02:
        text += " near the street lighting columns"
    if rng.random() < 0.0006:
        text += " and the asbestos survey was received"
    return text + "."


def body_names():
    names = []
    for i in range(300):
        place = QUALIFIERS[(i // len(PLACES)) % len(QUALIFIERS)] + PLACES[i % len(PLACES)]
        names.append(place + " " + KINDS[(i * 7 + i // len(PLACES)) % len(KINDS)])
    return names


def roster(rng, body_index):
    # Eight members and an officer per body; body 0 and every 97th include the same person so one name recurs.
    people = []
    taken = set()
    while len(people) < 9:
        first, last = rng.choice(FIRST), rng.choice(SURNAMES)
        if (first, last) in taken or first[0] + last[0] in {p[1][0] + p[2][0] for p in people}:
            continue
        taken.add((first, last))
        people.append([rng.choice(TITLES), first, last])
    if body_index % 97 == 0:
        people[2][1:] = ["Anna", "Shaw"]
    return people


def write_meeting(rng, sentences, body, body_index, people, date):
    weekday = WEEKDAYS[datetime.date(*date).weekday()]
    when = f"{date[2]} {MONTHS[date[1] - 1]} {date[0]}"
    members, officer = people[:8], people[8]
    role_of = {}
    present = []
    for i, (title, first, last) in enumerate(members):
        if rng.random() < 0.15:
            continue
        role = ROLES[i] if i < len(ROLES) and rng.random() < 0.8 else None
        role_of[(first, last)] = role
        present.append(f"{title} {first} {last}" + (f" ({role})" if role else "") + f" ({first[0]}{last[0]})")
    absent = [f"{t} {f} {l}" for t, f, l in members if (f, l) not in role_of]
    officer_role = OFFICERS[body_index % len(OFFICERS)]
    ot, of, ol = officer
    lines = [rng.choice([f"Minutes of the {body} Meeting, {MONTHS[date[1] - 1]} {date[0]}",
                         f"{body} - Minutes of the meeting held on {when}"]),
             "",
             f"Held on {weekday} {when} at {rng.choice(['7.00pm', '7.30pm', '10.00am', '2.00pm'])}",
             f"Venue: {rng.choice(['The Village Hall', 'Council Offices', 'The Board Room', 'Community Centre'])}",
             "",
             "Present: " + ", ".join(present) + ".",
             "",
             f"In attendance: {ot} {of} {ol} ({officer_role}) ({of[0]}{ol[0]}), {rng.randint(0, 12)} members of the public.",
             ""]
    if absent:
        lines += ["Apologies: " + ", ".join(absent) + ".", ""]
    owners = [(f"{f} {l}", f"{f[0]}{l[0]}") for t, f, l in members if (f, l) in role_of] or [(f"{of} {ol}", of[0] + ol[0])]
    titles = rng.sample(ITEM_TITLES, rng.randint(7, 11))
    actions_left = rng.choice([2, 3, 3, 3, 4])
    for number, title in enumerate(titles, 1):
        lines.append(f"{number}. {title.upper()}")
        lines.append(" ".join(rng.choices(sentences, k=rng.randint(2, 4))))
        if actions_left and (rng.random() < 0.4 or len(titles) - number < actions_left):
            actions_left -= 1
            name, initials = rng.choice(owners)
            owner = rng.choice([name, initials, officer_role])
            due = ""
            if rng.random() < 0.6:
                month = date[1] + rng.randint(1, 3)
                due = f" by {rng.randint(1, 28)} {MONTHS[(month - 1) % 12]} {date[0] + (month - 1) // 12}"
            lines.append(f"Action: {owner} to {rng.choice(VERBS)} {words(rng, rng.randint(2, 5))}{due}.")
        lines.append("")
    lines.append(f"The meeting closed at {rng.choice(['8.45pm', '9.10pm', '12.15pm', '4.05pm'])}.")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: generate_minutes.py OUT_DIR COUNT [SEED]")
    out, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 14)
    bodies = body_names()
    rosters = [roster(rng, i) for i in range(len(bodies))]
    # Drawn once and reused (as the SQL generator does): drawing every word of every file made 100,000 files take minutes.
    sentences = [sentence(rng) for _ in range(60000)]
    # Each body meets at a steady interval from 2000 to 2025, so no body meets twice on one day (two files of one body
    # and date would be taken for copies of one meeting).
    first, days = datetime.date(2000, 1, 3), (datetime.date(2025, 12, 20) - datetime.date(2000, 1, 3)).days
    per_body = -(-count // len(bodies))
    for n in range(count):
        if n % 1000 == 0:
            folder = os.path.join(out, f"{n // 1000:04d}")
            os.makedirs(folder, exist_ok=True)
        b, k = n % len(bodies), n // len(bodies)
        day = first + datetime.timedelta(days=(k * days) // per_body + rng.randint(0, max(0, days // per_body - 1)))
        text = write_meeting(rng, sentences, bodies[b], b, rosters[b], (day.year, day.month, day.day))
        with open(os.path.join(folder, f"minutes-{n:07d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
