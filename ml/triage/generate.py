#!/usr/bin/env python3
"""Writes the invented part of the triage set: agendas, meeting papers, non-meeting documents and minutes.

Usage: generate.py OUT_DIR [CORPUS_GEN_DLL]

Each document is built from one of many templates per class, with its own body, people, topics, length, heading
style, numbering style and layout, then written in one of five formats (txt, md, html, and docx/pdf through the
repository's corpus generator when its DLL is given). Files land in OUT_DIR/<class>/<template>-<n>.<ext>; the class
is the folder name, the template is the source for cross-validation. Seeded: the same files every run.
Bodies, people and places are invented.
"""
import html
import os
import random
import subprocess
import sys
import tempfile

SEED = 20261204
PER_CLASS = {"minutes": 110, "agenda": 165, "paper": 165, "other": 165}

FIRST = ["Anna", "Ben", "Chloe", "David", "Elif", "Farah", "George", "Hannah", "Imran", "Julia", "Kwame", "Laura", "Marek",
         "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Samir", "Tessa", "Umar", "Vera", "William", "Xin", "Yusuf", "Zoe",
         "Pat", "Rob", "Gill", "Declan", "Maeve", "Ines", "Tomasz", "Aroha", "Kofi", "Lucia"]
LAST = ["Ashdown", "Bellamy", "Carrow", "Dunmore", "Eastlake", "Fennick", "Garside", "Holloway", "Ibbotson", "Jarrow",
        "Kettering", "Lomax", "Marchant", "Norcross", "Oakes", "Pemberton", "Quarrie", "Redfern", "Stainer", "Thackray",
        "Underhill", "Vickery", "Whitcombe", "Yardley", "Zielinski", "Okonjo", "Mbeki", "Tanaka", "Ferreira", "O'Rourke"]
PLACES = ["Ambleforth", "Brindle Cross", "Coldharbour", "Dunsby", "Elmstead Vale", "Fallowmere", "Greyholme", "Hartwell",
          "Ivybridge End", "Kestle", "Longmarsh", "Millbeck", "Northcote", "Oxley Green", "Pennick", "Ravensholt",
          "Saltmoor", "Thornbury Magna", "Upwell Fen", "Wickham Lees", "Yarrowby", "Cedar Springs", "Maple Ridge", "Pine Hollow"]
BODY_KINDS = [
    ("{p} Parish Council", "council"), ("{p} Town Council", "council"), ("{p} District Council Planning Committee", "council"),
    ("{p} Borough Council Cabinet", "council"), ("Board of Trustees of the {p} Community Trust", "charity"),
    ("{p} Foodbank Trustees", "charity"), ("{p} Primary School Governing Board", "school"), ("{p} Academy Trust Board", "school"),
    ("{p} NHS Foundation Trust Board of Directors", "nhs"), ("{p} Integrated Care Board Quality Committee", "nhs"),
    ("{p} Residents' Association", "club"), ("{p} Allotment Society Committee", "club"), ("{p} Cricket Club Committee", "club"),
    ("{p} Township Board of Supervisors", "us"), ("{p} Library Board", "us"), ("{p} Homeowners Association Board", "us"),
    ("Friends of {p} Park", "club"), ("{p} Open Source Steering Committee", "oss"), ("{p} Working Group", "oss"),
    ("{p} Police and Crime Panel", "council"), ("{p} Housing Co-operative Management Committee", "club"),
]
TOPICS = [
    ("Play area inspection", "the annual inspection of the play area", "replacement of the swing seats", "£1,240"),
    ("Highways", "potholes on Mill Lane", "a speed survey near the school", "£3,500"),
    ("Budget and precept", "the draft budget for next year", "the level of general reserves", "£48,200"),
    ("Planning applications", "an application for two dwellings at Church Farm", "the extension at 4 Orchard Close", "£0"),
    ("Safeguarding", "the annual safeguarding report", "training for new volunteers", "£600"),
    ("Website and accessibility", "the accessibility statement", "moving the website to a new host", "£420"),
    ("Recruitment", "the vacancy for a treasurer", "advertising for volunteers", "£150"),
    ("Grants", "a grant to the village hall", "the community fund round", "£2,000"),
    ("Risk register", "the corporate risk register", "two new risks on cyber security", "£0"),
    ("Waiting times", "outpatient waiting times", "the recovery plan for diagnostics", "£1.2m"),
    ("Pupil attendance", "attendance figures for the autumn term", "the persistent absence plan", "£0"),
    ("Release planning", "the next minor release", "the security fix backport policy", "$0"),
    ("Drainage", "flooding at the ford", "clearing the culvert under the lane", "£2,750"),
    ("Tree works", "the ash trees on the green", "a tree preservation order request", "£980"),
    ("Community events", "the summer fete", "the Remembrance Sunday arrangements", "£350"),
    ("Insurance", "renewal of the insurance policy", "cover for volunteer drivers", "£1,105"),
    ("Data protection", "the data protection policy", "a subject access request", "£0"),
    ("Street lighting", "the conversion to LED lanterns", "a failed lamp on Station Road", "£6,300"),
    ("Membership", "membership numbers", "the renewal campaign", "£0"),
    ("Maintenance contract", "the grounds maintenance contract", "the tender for grass cutting", "£8,900"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
VENUES = ["the Village Hall", "the Council Chamber", "Committee Room 2", "the Scout Hut", "the school library", "Zoom",
          "Microsoft Teams", "the Pavilion", "the Community Centre, Main Street", "the Board Room, Trust Headquarters"]


class Doc:
    """An abstract document: a list of blocks rendered into each format."""

    def __init__(self):
        self.blocks = []

    def title(self, t): self.blocks.append(("title", t))
    def h(self, t): self.blocks.append(("h", t))
    def p(self, t): self.blocks.append(("p", t))
    def li(self, t): self.blocks.append(("li", t))
    def num(self, label, t): self.blocks.append(("num", label, t))
    def table(self, rows, header=True): self.blocks.append(("table", rows, header))


class Ctx:
    """The invented world one document lives in."""

    def __init__(self, r):
        self.r = r
        self.place = r.choice(PLACES)
        fmt, self.kind = r.choice(BODY_KINDS)
        self.body = fmt.format(p=self.place)
        self.year = r.randint(2003, 2026)
        self.month = r.randint(0, 11)
        self.day = r.randint(1, 28)
        self.people = []
        while len(self.people) < 12:
            n = r.choice(FIRST) + " " + r.choice(LAST)
            if n not in self.people:
                self.people.append(n)
        self.topics = r.sample(TOPICS, r.randint(3, 8))
        self.hon = r.choice(["Cllr ", "Councillor ", "", "", "Mr ", "Dr "]) if self.kind == "council" else r.choice(["", "", "Dr "])

    def date(self, style=None):
        style = style if style is not None else self.r.randint(0, 4)
        d, m, y = self.day, self.month, self.year
        wd = WEEKDAYS[(d + m) % 5]
        return [f"{wd} {d} {MONTHS[m]} {y}", f"{d} {MONTHS[m]} {y}", f"{y}-{m + 1:02d}-{d:02d}",
                f"{MONTHS[m]} {d}, {y}", f"{d}/{m + 1}/{y}"][style]

    def time(self):
        return self.r.choice(["7.00pm", "7.30pm", "10:00", "14:00", "6.30 pm", "9.30am", "18:00", "1:00 PM"])

    def person(self, i): return self.hon + self.people[i % len(self.people)]

    def initials(self, i): return "".join(w[0] for w in self.people[i % len(self.people)].split())


def pick(r, *options): return r.choice(options)


def numbering(r):
    """A numbering style: (label of the n-th item, label of its k-th sub-item)."""
    year = r.randint(10, 26)
    start = r.randint(1, 120)
    styles = [
        (lambda n: f"{n}.", lambda n, k: f"{n}.{k}"),
        (lambda n: f"{n}", lambda n, k: f"{n}.{k}"),
        (lambda n: f"{year}/{start + n:03d}", lambda n, k: f"({chr(96 + k)})"),
        (lambda n: f"Item {n}", lambda n, k: f"{n}.{k}"),
        (lambda n: f"{n})", lambda n, k: f"{chr(96 + k)})"),
    ]
    return r.choice(styles)


# ---------------------------------------------------------------- minutes

def minutes_doc(r, c, template):
    d = Doc()
    label, sub = numbering(r)
    heading = [f"Minutes of the meeting of {c.body}", f"{c.body}", f"MINUTES", f"Meeting notes – {c.body}",
               f"Notes of the {c.body} meeting", f"Record of meeting: {c.body}", f"{c.body} – Minutes",
               f"Meeting of {c.body}"][template % 8]
    if template % 8 == 1:
        d.title(heading)
        d.p(pick(r, f"Minutes of the meeting held on {c.date()} at {c.time()} in {r.choice(VENUES)}",
                 f"Minutes of the ordinary meeting held {c.date()}", f"Held on {c.date()}, {r.choice(VENUES)}"))
    elif template % 8 == 2:
        d.title(c.body)
        d.h(heading)
        d.p(f"{c.date()}, {c.time()}, {r.choice(VENUES)}")
    else:
        d.title(heading)
        d.p(pick(r, f"Date: {c.date()}", f"Held on {c.date()} at {c.time()}", f"{c.date()} — {r.choice(VENUES)}"))
    n_present = r.randint(3, 9)
    present = [c.person(i) for i in range(n_present)]
    style = r.randint(0, 3)
    if style == 0:
        d.p(pick(r, "Present: ", "PRESENT: ", "Attendees: ", "Those present: ") + ", ".join(present))
        d.p(pick(r, "Apologies: ", "Apologies for absence: ", "Apologies were received from ") + c.person(n_present))
    elif style == 1:
        d.h(pick(r, "Attendance", "Present", "Attendees", "In attendance"))
        for x in present:
            d.li(x + pick(r, "", f" ({c.initials(present.index(x))})", " – Chair" if x == present[0] else ""))
        d.h(pick(r, "Apologies", "Absent", "Not present"))
        d.li(c.person(n_present))
    elif style == 2:
        rows = [["Name", "Role", "Status"]] + [[x, pick(r, "Member", "Trustee", "Governor", "Councillor", "Officer"),
                                                 pick(r, "Present", "Present", "Apologies")] for x in present]
        d.table(rows)
    else:
        d.p(f"{present[0]} (Chair) welcomed {pick(r, 'members', 'everyone', 'those present')} and opened the meeting at {c.time()}. "
            f"Also present were {', '.join(present[1:])}.")
    if r.random() < 0.3:
        d.p(pick(r, f"In attendance: {c.person(10)} (Clerk)", f"Minute taker: {c.person(10)}", f"Also attending: {c.person(11)}, {c.person(10)}"))
    n = 0
    openers = [("Apologies for absence", "Apologies were received and accepted from {x}."),
               ("Declarations of interest", pick(r, "There were no declarations of interest.", "{x} declared an interest in item {n2} and left the room for that item.")),
               ("Minutes of the previous meeting", pick(r, "The minutes of the meeting held on {d} were approved as a correct record and signed by the Chair.",
                                                          "RESOLVED: that the minutes of the last meeting be approved.", "Minutes from the previous meeting were agreed without change."))]
    for title, text in openers[: r.randint(1, 3)]:
        n += 1
        d.num(label(n), title)
        d.p(text.format(x=c.person(n_present), n2=n + 2, d=c.date(1)))
    verbs = ["reported that", "explained that", "noted that", "confirmed that", "advised that", "said that", "updated members that"]
    outcomes = ["It was agreed to {a}.", "RESOLVED: to {a}.", "Members agreed to {a}.", "The committee resolved to {a}.",
                "After discussion it was agreed that the clerk would {a}.", "The proposal to {a} was carried unanimously.",
                "Proposed by {x}, seconded by {y}: to {a}. Carried.", "The Board approved the recommendation to {a}.",
                "Motion to {a} made by {x}; motion passed 5-0.", "Decision: {a} (agreed)."]
    actions = ["obtain three quotes", "write to the county council", "report back at the next meeting", "update the risk register",
               "circulate the revised figures", "arrange a site visit", "publish the report on the website"]
    for title, a, b, money in c.topics:
        n += 1
        d.num(label(n), title)
        x, y = c.person(r.randint(0, n_present - 1)), c.person(r.randint(0, n_present - 1))
        para = f"{x} {r.choice(verbs)} {a} {pick(r, 'had been completed', 'was now under way', 'had been discussed with officers', 'had cost ' + money, 'was behind schedule')}."
        if r.random() < 0.7:
            para += f" {y} asked about {b}; {pick(r, 'it was confirmed that this would be considered', 'members discussed the options', 'the Chair thanked everyone for their work', 'a short discussion followed')}."
        d.p(para)
        if r.random() < 0.4:
            d.num(sub(n, 1), f"{b[0].upper()}{b[1:]}")
            d.p(f"{pick(r, 'Members', 'The group', 'Trustees', 'The committee')} {pick(r, 'discussed', 'considered', 'reviewed', 'noted')} {b}.")
        if r.random() < 0.75:
            d.p(r.choice(outcomes).format(a=r.choice(actions), x=x, y=y))
        if r.random() < 0.4:
            d.p(pick(r, "Action: ", "ACTION: ", "Action – ", "AI: ") + f"{c.initials(r.randint(0, n_present - 1))} to {r.choice(actions)}")
    n += 1
    d.num(label(n), pick(r, "Date of next meeting", "Any other business", "AOB", "Close"))
    d.p(pick(r, f"The next meeting will be held on {c.date(1)}.", f"There being no other business the meeting closed at {c.time()}.",
             "The meeting ended at 8.45pm.", f"Meeting adjourned at {c.time()}.", "No other business was raised."))
    if r.random() < 0.3:
        d.table([["Action", "Owner", "Due"]] + [[r.choice(actions), c.initials(i), c.date(1)] for i in range(r.randint(2, 5))])
    if r.random() < 0.3:
        d.p(pick(r, "Signed ........................ (Chair)   Date ..........", "These minutes are a draft until approved at the next meeting."))
    return d


def minutes_informal(r, c, template):
    """Short meeting notes as a project or club keeps them: attendees, bullets, decisions, action items."""
    d = Doc()
    d.title(pick(r, f"{c.date(2)}", f"{c.body} call {c.date(2)}", f"Weekly sync – {c.date(3)}", f"{c.body}: meeting {c.date(1)}"))
    d.h(pick(r, "Attendees", "Attendance", "Present", "Participants"))
    d.p(", ".join(c.people[: r.randint(3, 8)]))
    if r.random() < 0.5:
        d.p("Regrets: " + c.people[9])
    d.h(pick(r, "Notes", "Discussion", "Minutes", "Summary"))
    for title, a, b, _ in c.topics:
        d.li(f"{title}: {pick(r, 'discussed', 'reviewed', 'we talked about', 'looked at')} {a}. "
             f"{pick(r, 'Agreed to', 'Decided to', 'Consensus to', 'We will')} {pick(r, 'defer', 'go ahead with', 'revisit')} {b}.")
        if r.random() < 0.5:
            d.li(f"Action item: {r.choice(c.people[:6])} {pick(r, 'to draft a proposal', 'will open an issue', 'to follow up by email', 'to check the numbers')}")
    if r.random() < 0.5:
        d.h(pick(r, "Decisions", "Resolutions"))
        d.li(f"Approved {c.topics[0][2]}.")
    return d


def minutes_us(r, c, template):
    """A US board's minutes: call to order, roll call, motions, adjournment."""
    d = Doc()
    d.title(c.body.upper())
    d.p(pick(r, "Regular Meeting Minutes", "MINUTES OF THE REGULAR MEETING", "Special Meeting") + " – " + c.date(3))
    d.h("Call to Order")
    d.p(f"{pick(r, 'President', 'Chairperson', 'Supervisor')} {c.people[0]} called the meeting to order at {c.time()}.")
    d.h("Roll Call")
    d.p("Members present: " + ", ".join(c.people[:5]) + ". Absent: " + c.people[5] + ".")
    for i, (title, a, b, money) in enumerate(c.topics, 1):
        d.num(f"{i}.", title)
        d.p(f"{c.people[i % 5]} presented {a}. {pick(r, 'Discussion followed.', 'Questions were answered.', 'The board discussed the cost of ' + money + '.')}")
        d.p(f"Motion by {c.people[(i + 1) % 5]}, second by {c.people[(i + 2) % 5]}, to {pick(r, 'approve', 'table', 'accept')} {b}. "
            f"{pick(r, 'Motion carried unanimously.', 'Motion passed 4-1.', 'Roll call vote: all ayes. Motion carried.')}")
    d.h("Adjournment")
    d.p(f"There being no further business, the meeting was adjourned at {c.time()}.")
    d.p(pick(r, f"Respectfully submitted, {c.people[6]}, Secretary", f"Minutes recorded by {c.people[6]}", "Approved:"))
    return d


# ---------------------------------------------------------------- agendas

def agenda_doc(r, c, template):
    d = Doc()
    label, _ = numbering(r)
    t = template % 6
    if t == 0:
        d.title(c.body)
        d.p(f"To all members of the {pick(r, 'Council', 'Committee', 'Board')}: you are hereby summoned to attend the "
            f"{pick(r, 'ordinary', 'annual', 'extraordinary')} meeting to be held on {c.date()} at {c.time()} in {r.choice(VENUES)}.")
        d.h("AGENDA")
    elif t == 1:
        d.title(pick(r, "Agenda", "AGENDA", "Meeting Agenda", "Draft agenda"))
        d.p(f"{c.body} — {c.date()} — {c.time()}")
    elif t == 2:
        d.title(f"Notice of meeting: {c.body}")
        d.p(f"Notice is hereby given that a meeting of the {c.body} will take place on {c.date()}, starting at {c.time()}.")
        d.p("Members of the public are welcome to attend.")
        d.h("Business")
    elif t == 3:
        d.title(f"{c.body} – Agenda for {c.date(1)}")
        d.p(pick(r, "Membership: ", "Members: ", "Committee members: ") + ", ".join(c.person(i) for i in range(r.randint(4, 9))))
        d.p(f"Contact: {c.person(10)}, {pick(r, 'Clerk', 'Democratic Services Officer', 'Secretary')}")
    elif t == 4:
        d.title(pick(r, "Agenda", "Proposed agenda", "Agenda for the next call"))
        d.p(f"Meeting: {c.body}. When: {c.date(2)} {c.time()}. Where: {r.choice(VENUES)}.")
    else:
        d.title(f"{c.body}")
        d.h(pick(r, "Order of Business", "Order of Proceedings", "Agenda"))
    items = [("Apologies for absence", "To receive apologies for absence."),
             ("Declarations of interest", "To receive any declarations of interest in items on this agenda."),
             ("Minutes", f"To approve the minutes of the meeting held on {c.date(1)}."),
             ("Public participation", "Members of the public may speak for up to three minutes on any item.")]
    items = items[: r.randint(1, 4)]
    verbs = ["To receive", "To consider", "To note", "To discuss", "To approve", "To agree", "To review", "To resolve on"]
    for title, a, b, money in c.topics:
        items.append((title, f"{r.choice(verbs)} {pick(r, a, b)}{pick(r, '.', ' (report attached).', ' – paper to follow.', f' (estimated cost {money}).', '')}"))
    items.append(pick(r, ("Any other business", "Items for information only."), ("Date of next meeting", f"To confirm the date of the next meeting, {c.date(1)}."),
                      ("Exclusion of press and public", "To resolve that the press and public be excluded for the following item.")))
    layout = r.randint(0, 3)
    if layout == 0:
        for i, (title, text) in enumerate(items, 1):
            d.num(label(i), title)
            d.p(text)
    elif layout == 1:
        for i, (title, text) in enumerate(items, 1):
            d.num(label(i), text)
    elif layout == 2:
        rows = [["Item", "Subject", "Lead", "Time"]]
        for i, (title, text) in enumerate(items, 1):
            rows.append([str(i), title, c.initials(r.randint(0, 8)), f"{9 + i // 3}:{(i * 10) % 60:02d}"])
        d.table(rows)
    else:
        for i, (title, text) in enumerate(items, 1):
            d.li(f"{title}{pick(r, '', ' (' + str(5 * r.randint(1, 6)) + ' min)', ' – ' + c.people[i % 6])}")
    if r.random() < 0.5:
        d.p(pick(r, f"{c.person(10)}, Clerk to the Council, {c.date(1)}", "Papers for these items are available from the Clerk.",
                 "Please send apologies to the secretary in advance.", "Dial-in details will be circulated before the meeting."))
    return d


# ---------------------------------------------------------------- meeting papers

def paper_report(r, c, template):
    d = Doc()
    who = pick(r, "Director of Finance", "Clerk", "Head of Planning", "Chief Nurse", "Headteacher", "Treasurer", "Chief Executive")
    title, a, b, money = c.topics[0]
    d.title(pick(r, f"Report to {c.body}", f"{c.body}", f"{title}: report of the {who}", f"Agenda item {r.randint(3, 14)}"))
    if r.random() < 0.6:
        d.table([["Meeting", c.body], ["Date", c.date(1)], ["Report title", title], ["Author", f"{c.person(10)}, {who}"],
                 ["Purpose", pick(r, "For decision", "For information", "For discussion", "For assurance")]], header=False)
    else:
        d.p(f"Report of the {who} | Date: {c.date(1)} | {pick(r, 'Key decision: No', 'Wards affected: All', 'Classification: Public')}")
    sections = [("Purpose of the report", f"This report {pick(r, 'sets out', 'asks members to consider', 'updates the board on', 'summarises')} {a}."),
                ("Recommendations", f"The {pick(r, 'committee', 'board', 'council')} is asked to {pick(r, 'note the report', 'approve option 2', 'agree the budget of ' + money, 'endorse the proposed approach')}."),
                ("Background", f"{a[0].upper()}{a[1:]} was last considered in {c.year - 1}. Since then {b} has become more pressing."),
                ("Options considered", f"Option 1: do nothing. Option 2: proceed with {b} at a cost of {money}. Option 3: defer for a year."),
                ("Financial implications", f"The cost of {money} can be met from {pick(r, 'the revenue budget', 'earmarked reserves', 'the grant')}."),
                ("Legal implications", "There are no legal implications arising directly from this report."),
                ("Risk assessment", f"The main risk is that {b} is delayed; this is rated {pick(r, 'low', 'medium', 'amber')}."),
                ("Equality impact", "An equality impact assessment has been completed and no adverse impact was identified."),
                ("Consultation", f"{pick(r, 'Ward members', 'Residents', 'Staff side')} have been consulted."),
                ("Background papers", "None."), ("Appendices", "Appendix A – cost breakdown. Appendix B – location plan.")]
    keep = sorted(r.sample(range(len(sections)), r.randint(4, len(sections))))
    numbered = r.random() < 0.6
    for k, i in enumerate(keep, 1):
        s, text = sections[i]
        if numbered:
            d.num(f"{k}.", s)
        else:
            d.h(s)
        d.p(text)
        if r.random() < 0.3:
            d.num(f"{k}.1", f"{pick(r, 'Further detail', 'In addition', 'Members will recall that')} {b} {pick(r, 'is set out in the appendix', 'will be reviewed annually', 'depends on the outcome of the consultation')}.")
    if r.random() < 0.4:
        d.p(f"Contact officer: {c.person(10)}, {who}. Tel: 01632 {r.randint(100000, 999999)}")
    return d


def paper_appendix(r, c, template):
    d = Doc()
    title, a, b, money = c.topics[0]
    d.title(pick(r, f"Appendix {chr(65 + r.randint(0, 4))}", f"Appendix {r.randint(1, 5)}: {title}", f"Annex {r.randint(1, 3)} – {title}", f"Enclosure {r.randint(1, 9)}"))
    d.p(pick(r, f"Supporting information for item {r.randint(3, 12)}", f"{c.body}, {c.date(1)}", f"To accompany the report on {a}"))
    rows = [[pick(r, "Budget line", "Indicator", "Scheme", "Risk"), pick(r, "Budget", "Target", "Score"), pick(r, "Actual", "Q2", "Owner"), "Variance"]]
    for t in c.topics:
        rows.append([t[0], f"{r.randint(1, 90) * 100:,}", f"{r.randint(1, 90) * 100:,}", f"{r.randint(-20, 20)}%"])
    d.table(rows)
    if r.random() < 0.7:
        d.p(f"Notes: figures are {pick(r, 'unaudited', 'as at the end of the quarter', 'provisional')}. {b[0].upper()}{b[1:]} {pick(r, 'is included in line 3', 'is not yet reflected')}.")
    if r.random() < 0.4:
        d.h(pick(r, "Terms of reference", "Scoring criteria", "Schedule of works"))
        for i, t in enumerate(c.topics[1:], 1):
            d.num(f"{i}.", f"{t[0]}: {t[1]}.")
    return d


def paper_pack(r, c, template):
    d = Doc()
    d.title(pick(r, "Public reports pack", "Agenda reports pack", "Board papers", "Supplementary agenda pack", "Meeting papers"))
    d.p(f"{c.body} | {c.date()} | {c.time()} | {r.choice(VENUES)}")
    d.h(pick(r, "Contents", "Agenda"))
    for i, t in enumerate(c.topics, 1):
        d.li(f"{i}. {t[0]} {pick(r, '', '(pages ' + str(3 * i) + ' - ' + str(3 * i + 2) + ')', '– report', '– paper B' + str(i))}")
    for t in c.topics[: r.randint(2, 4)]:
        sub = paper_report(r, c, template) if r.random() < 0.8 else paper_appendix(r, c, template)
        d.h(f"Item: {t[0]}")
        d.blocks.extend(b if b[0] != "title" else ("h", b[1]) for b in sub.blocks)
    return d


def paper_briefing(r, c, template):
    d = Doc()
    title, a, b, money = c.topics[0]
    d.title(pick(r, "Briefing note", "Cover sheet", "Discussion paper", "Position paper", "Update for members"))
    d.p(f"{pick(r, 'To', 'For')}: {c.body}   {pick(r, 'From', 'Prepared by')}: {c.person(10)}   Date: {c.date(1)}")
    d.h(title)
    for _ in range(r.randint(2, 5)):
        d.p(f"{pick(r, 'Members are asked to note that', 'This paper proposes that', 'The board should be aware that', 'It is recommended that')} "
            f"{pick(r, a, b)} {pick(r, 'be approved', 'is progressing', 'will require a decision next quarter', 'remains within budget (' + money + ')')}.")
    d.h(pick(r, "Decision required", "Action required", "Recommendation"))
    d.p(pick(r, "To note.", "To approve the proposal.", "To discuss and agree next steps.", "For information only."))
    return d


# ---------------------------------------------------------------- not meeting documents

def other_readme(r, c, template):
    d = Doc()
    name = r.choice(["tidewatch", "ledgerline", "parish-site", "hoa-portal", "quickcal", "minutes-bot", "grant-tracker", "fetchkit"])
    d.title(name)
    d.p(f"{name} {pick(r, 'is a small tool for', 'helps you', 'makes it easy to')} {pick(r, 'publishing council documents', 'tracking grants', 'booking the village hall', 'syncing calendars')}.")
    d.h(pick(r, "Installation", "Install", "Getting started"))
    d.p(pick(r, f"pip install {name}", f"npm install -g {name}", f"git clone https://example.org/{name}.git && make install", f"dotnet tool install {name}"))
    d.h(pick(r, "Usage", "Quick start", "How to use"))
    d.p(f"Run `{name} --help` to see the options. {pick(r, 'Configuration lives in config.yaml.', 'Set API_TOKEN before running.', 'Meeting minutes can be uploaded from the admin page.')}")
    if r.random() < 0.6:
        d.h("Contributing")
        d.p("Pull requests are welcome. Please open an issue first to discuss what you would like to change.")
    d.h(pick(r, "License", "Licence"))
    d.p(pick(r, "MIT", "Apache-2.0", "GPL-3.0-or-later", "BSD 3-Clause"))
    return d


def other_newsletter(r, c, template):
    d = Doc()
    d.title(pick(r, f"{c.place} News", f"{c.body} Newsletter", f"The {c.place} Clarion", f"{c.place} Village Voice – {MONTHS[c.month]} {c.year}"))
    d.p(pick(r, "In this issue:", "Inside:", "This month:") + " " + ", ".join(t[0] for t in c.topics[:3]))
    for t in c.topics:
        d.h(t[0])
        d.p(f"{pick(r, 'Did you know', 'Good news:', 'A reminder that', 'We are delighted to report that')} {t[1]} {pick(r, 'is coming up soon', 'was a great success', 'needs volunteers', 'has a new date')}. "
            f"{pick(r, 'At the last council meeting it was agreed to look into ' + t[2] + '.', 'Contact ' + c.people[0] + ' for details.', 'Tickets are £5 on the door.', 'See the website for more.')}")
    d.p(pick(r, "Copy deadline for the next issue is the 15th.", "Delivered free to every household.", "Follow us on social media!"))
    return d


def other_policy(r, c, template):
    d = Doc()
    title = pick(r, "Data Protection Policy", "Complaints Procedure", "Safeguarding Policy", "Expenses Policy", "Code of Conduct",
                 "Health and Safety Policy", "Privacy Notice", "Lone Working Policy")
    d.title(f"{c.body}: {title}" if r.random() < 0.5 else title)
    d.p(pick(r, f"Adopted: {c.date(1)}. Review date: {c.year + 2}.", f"Version {r.randint(1, 5)}.{r.randint(0, 9)}", f"Approved by the {pick(r, 'Council', 'Trustees', 'Board')}"))
    parts = [("Purpose", f"This {title.lower()} sets out how the {c.body} will meet its obligations."),
             ("Scope", "It applies to all members, employees and volunteers."),
             ("Responsibilities", f"The {pick(r, 'Clerk', 'Chair', 'Data Protection Officer', 'Secretary')} is responsible for day-to-day compliance."),
             ("Procedure", "Concerns must be raised in writing within 28 days. An acknowledgement will be sent within five working days."),
             ("Records", "Records are kept for six years and then destroyed securely."),
             ("Training", "All new members will receive training within three months."),
             ("Review", "This policy will be reviewed every two years or sooner if legislation changes.")]
    for i, (h, text) in enumerate(parts[: r.randint(4, 7)], 1):
        if r.random() < 0.6:
            d.num(f"{i}.", h)
        else:
            d.h(h)
        d.p(text)
        if r.random() < 0.35:
            d.num(f"{i}.1", pick(r, "Members must declare any interest.", "Personal data must be stored securely.", "Receipts must be provided for all claims."))
    return d


def other_letter(r, c, template):
    d = Doc()
    d.p(f"{c.body}")
    d.p(f"{r.randint(1, 99)} {pick(r, 'High Street', 'Church Lane', 'Station Road', 'The Green')}, {c.place}")
    d.p(c.date(1))
    d.p(f"Dear {pick(r, 'Resident', 'Sir or Madam', 'Mr ' + c.people[3].split()[1], 'Ms ' + c.people[4].split()[1])},")
    t = c.topics[0]
    d.p(f"{pick(r, 'I am writing to', 'Thank you for your letter of last week. I write to', 'We would like to')} {pick(r, 'let you know about', 'respond to your concerns about', 'invite your views on')} {t[1]}.")
    d.p(f"{pick(r, 'The matter was discussed at the meeting of the council and it was agreed to', 'We intend to', 'The committee has decided to')} {pick(r, 'look into ' + t[2], 'consult residents', 'seek quotes')}. "
        f"{pick(r, 'I enclose a copy of the relevant minutes.', 'Please contact me if you have any questions.', 'A decision is expected in the spring.')}")
    d.p(pick(r, "Yours sincerely,", "Yours faithfully,", "Kind regards,", "With best wishes,"))
    d.p(f"{c.people[10]}, {pick(r, 'Clerk to the Council', 'Secretary', 'Chair of Trustees', 'Headteacher')}")
    return d


def other_misc(r, c, template):
    d = Doc()
    kind = template % 5
    if kind == 0:
        d.title(pick(r, "Press release", "News release", "FOR IMMEDIATE RELEASE"))
        d.p(f"{c.date(1)} – {c.body} {pick(r, 'announces', 'welcomes', 'launches')} {c.topics[0][1]}.")
        d.p(f"\"{pick(r, 'We are delighted', 'This is a big step', 'Residents asked for this')}\", said {c.people[0]}, {pick(r, 'Chair', 'Mayor', 'Director')}.")
        d.p(pick(r, "Notes to editors: the council serves 4,000 residents.", "Ends.", "For media enquiries contact the office."))
    elif kind == 1:
        d.title(pick(r, "Job description", "Role profile", "Volunteer role description"))
        d.p(f"Post: {pick(r, 'Clerk and Responsible Financial Officer', 'Treasurer', 'Events Coordinator', 'Caretaker')}. Hours: {r.randint(6, 37)} per week.")
        d.h("Main duties")
        for t in c.topics:
            d.li(f"Support {t[1]}.")
        d.h("Person specification")
        d.li("Good written communication; able to take minutes of meetings.")
    elif kind == 2:
        d.title(pick(r, "Frequently asked questions", "FAQ", "Questions and answers"))
        for t in c.topics:
            d.h(f"{pick(r, 'What is happening with', 'When will we hear about', 'Who pays for')} {t[1]}?")
            d.p(f"{pick(r, 'The council is looking at this.', 'Work is planned for next year.', 'It is funded from the precept.')}")
    elif kind == 3:
        d.title(pick(r, "Annual report", "Chair's annual report", "Year in review"))
        d.p(f"{c.body}, {c.year - 1}–{str(c.year)[2:]}")
        for t in c.topics:
            d.p(f"{pick(r, 'This year', 'Over the year', 'In spring')} we {pick(r, 'completed', 'started', 'celebrated')} {t[1]}. {pick(r, 'Thank you to all volunteers.', 'Spending was ' + t[3] + '.', '')}")
    else:
        d.title(pick(r, "Event programme", "What's on", "Timetable"))
        for i, t in enumerate(c.topics):
            d.p(f"{c.date(1) if i == 0 else MONTHS[(c.month + i) % 12]} – {t[0]} at {r.choice(VENUES)}, {c.time()}")
        d.p(pick(r, "All welcome. Free entry.", "Booking essential.", "Refreshments available."))
    return d


# ---------------------------------------------------------------- conventions added later
# Real minutes the first rules set aside taught these; each is written here as an invented document. They are made with
# their own seed after the rest, so adding them left every earlier file as it was.

def minutes_agenda_first(r, c, template):
    """A working group's page: the agenda comes first (under the document's only top heading), a member's write-up, then
    the notes of the meeting with who was there and the actions given; little else is written in the past tense."""
    d = Doc()
    d.title(pick(r, "Agenda", "Agenda and notes", f"Agenda – {c.date(2)}"))
    for t in c.topics[:3]:
        d.li(pick(r, "Update on ", "Discussion of ", "Next steps for ") + t[1])
    d.h(pick(r, "Where we are", "A proposal", f"Thoughts from {c.people[0].split()[0]}"))
    d.p(f"I ({c.people[0].split()[0]}) think the people we do this for are {pick(r, 'volunteers', 'maintainers', 'busy')}, "
        f"so {c.topics[0][1]} should cost them as little as possible.")
    d.li("We keep meeting every two weeks.")
    d.li(f"We collect upcoming changes to {c.topics[1][1]} in one place.")
    d.p(pick(r, "What do you all think?", "Comments welcome before the call.", "I would like us to settle this on the call."))
    d.h(pick(r, "Notes of the meeting", "Meeting notes", "Minutes of the meeting", "Notes from the call", "Meeting minutes"))
    names = ", ".join(c.people[: r.randint(4, 8)])
    d.p(pick(r, "Present. ", "Present - ", "Attendees. ") + names)
    d.p(pick(r, "Actions", "Action items", "Outcomes"))
    for i in range(r.randint(2, 5)):
        who = c.people[i % 6].split()[0]
        what = pick(r, "set up a repository for the group's documents", "announce the group on the forum", "collect earlier ideas into one document",
                    "draft the proposal", "ask the release team about the timetable", "write up the decision")
        d.li(pick(r, f"Action {who}: {what}.", f"ACTION {who}: {what}."))
    t = c.topics[0]
    d.p(f"{pick(r, 'We discussed', 'We talked through', 'On the call:')} {t[1]}.")
    d.li(pick(r, "Option A: keep it as it is.", "Option B: change it now.", "Should it wait for the next release?"))
    d.p(f"{pick(r, 'We concluded that', 'Consensus:', 'Outcome:')} {t[2]} {pick(r, 'can wait', 'should go ahead', 'needs a proposal first')}.")
    return d


def minutes_linked_telecon(r, c, template):
    """A standards group's call report: every item cites its papers by web address, and actions are dated lines."""
    d = Doc()
    iso = c.date(2)
    site = f"https://{c.place.lower().replace(' ', '')}.example.org"
    d.p(f"Version: {c.date(0)}")
    d.table([["Identifier:", f"{site}/group/minutes/{iso}.telecon-report.html"], ["Log:", f"{site}/group/minutes/index.html"]], header=False)
    d.p(f"{c.body} {pick(r, 'telecon', 'call', 'teleconference')} - report")
    d.p(f"{iso} {c.time()} UTC")
    d.p(f"Agenda: {site}/group/minutes/{iso}.telecon-agenda.txt.html")
    for i, (title, a, b, money) in enumerate(c.topics, 1):
        d.p(f"{i}. {title} ({c.people[i % 5].split()[0]}) {site}/group/documents/{title.lower().replace(' ', '-')}.html")
        d.p(pick(r, f"Discussed {a}.", f"{c.people[i % 5].split()[0]} reports: {a} is on track.", f"Please read {site}/group/drafts/{iso}.{i}.html for discussion."))
        if r.random() < 0.5:
            d.p(f"RESOLVED: {b} {pick(r, 'should wait', 'is accepted', 'stays as drafted')}.")
        d.p(f"ACTION {iso} {c.people[(i + 1) % 5].split()[0]}: {pick(r, 'revise', 'circulate', 'review')} {b}"
            f"{pick(r, '.', ' - DONE ' + iso, ' ' + site + '/group/tasks/' + str(i) + '.html')}")
    return d


def minutes_roll_call(r, c, template):
    """A US town council's minutes in the clerk's present tense: a roll call with one member a line, motions made and seconded,
    roll-call votes; typed in capitals with a hyphen after MINUTES (often a scan read by OCR)."""
    d = Doc()
    members = [p.split()[1] for p in c.people[:5]]
    mayor = members[0]
    d.p(f"MINUTES-{c.place.upper()} {pick(r, 'TOWN COUNCIL', 'VILLAGE BOARD', 'CITY COUNCIL')}")
    d.p(f"{c.date(3).upper()} @ {pick(r, '6:30 P.M.', '7:00 P.M.', '5:30 P.M.')}")
    d.h(pick(r, "REGULAR SESSION OF COUNCIL", "REGULAR MEETING", "SPECIAL SESSION"))
    d.p(f"Mayor {mayor} opened the {pick(r, 'regular session', 'meeting')} with the pledge of allegiance.")
    d.p(pick(r, "ROLL CALL OF COUNCIL:", "ROLL CALL:", "ROLL CALL OF MEMBERS:"))
    for m in members:
        d.p(f"{m} - {pick(r, 'Here', 'Here', 'Present', 'Absent')}")
    for title, a, b, money in c.topics[:4]:
        d.h(title.upper())
        d.p(f"{pick(r, 'Councilwoman', 'Councilman', 'Mr.', 'Mrs.')} {members[1]} states that {a} {pick(r, 'is moving along', 'has been completed', 'is waiting on the state')}. "
            f"{pick(r, 'Councilman', 'Councilwoman')} {members[2]} asks about {b}.")
        if r.random() < 0.6:
            d.p(f"{pick(r, 'Councilwoman', 'Councilman')} {members[3]} makes the motion to approve {b}. {pick(r, 'Councilman', 'Councilwoman')} {members[4]} seconds.")
            d.p("ROLL CALL VOTE:")
            for m in members:
                d.p(f"{m} - {pick(r, 'Yes', 'Yes', 'Yes', 'No')}")
            d.p(f"Mayor {mayor} states the motion {pick(r, 'carries', 'passes', 'is approved')}.")
    d.p("ATTEST:")
    d.p(f"{c.people[6].upper()}, CLERK")
    return d


def agenda_us_session(r, c, template):
    """A US council's agenda: roll call, consent calendar and motions to come under 'Action items', nothing recorded."""
    d = Doc()
    d.title(f"{c.place.upper()} {pick(r, 'TOWN COUNCIL', 'VILLAGE BOARD', 'CITY COUNCIL')}")
    d.p(f"{pick(r, 'REGULAR MEETING AGENDA', 'AGENDA - REGULAR SESSION', 'SPECIAL SESSION AGENDA')}, {c.date(3)} @ {pick(r, '6:30 P.M.', '7:00 P.M.')}")
    items = ["Call to order", "Pledge of allegiance", pick(r, "Roll call of council", "Roll call"), "Approval of the consent calendar", "Audience comment"]
    for i, t in enumerate(items, 1):
        d.num(f"{i}.", t)
    d.h(pick(r, "ACTION ITEMS", "Action Items", "Items for action"))
    for k, (title, a, b, money) in enumerate(c.topics[:4]):
        d.num(f"{chr(97 + k)}.", f"{pick(r, 'Motion to approve', 'Consideration of', 'Motion to authorize')} {b} ({money})")
    d.num(f"{len(items) + 1}.", pick(r, "Closed session pursuant to the open meetings act", "Reports of officers"))
    d.num(f"{len(items) + 2}.", "Adjournment")
    if r.random() < 0.5:
        d.p(f"Posted by {c.people[6]}, Clerk, {c.date(3)}.")
    return d


CLASSES = {
    "minutes": [("minutes-formal", minutes_doc), ("minutes-notes", minutes_informal), ("minutes-us", minutes_us)],
    "agenda": [("agenda", agenda_doc)],
    "paper": [("paper-report", paper_report), ("paper-appendix", paper_appendix), ("paper-pack", paper_pack), ("paper-briefing", paper_briefing)],
    "other": [("other-readme", other_readme), ("other-newsletter", other_newsletter), ("other-policy", other_policy),
              ("other-letter", other_letter), ("other-misc", other_misc)],
}
FORMATS = ["txt", "md", "html", "docx", "pdf"]
# The templates added later, written with their own seed after the first set: (class, count per template, templates).
LATER_SEED = SEED + 1
LATER = [("minutes", 10, [("minutes-agenda-first", minutes_agenda_first), ("minutes-linked-telecon", minutes_linked_telecon),
                         ("minutes-roll-call", minutes_roll_call)]),
         ("agenda", 10, [("agenda-us-session", agenda_us_session)])]


# ---------------------------------------------------------------- renderers

def render_txt(doc, r):
    out, underline = [], r.random() < 0.5
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper() if r.random() < 0.3 else b[1]] + (["=" * len(b[1])] if underline else []) + [""]
        elif k == "h":
            out += [b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "li":
            out += ["- " + b[1]]
        elif k == "num":
            out += [f"{b[1]} {b[2]}", ""]
        elif k == "table":
            widths = [max(len(row[i]) for row in b[1]) for i in range(len(b[1][0]))]
            out += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in b[1]] + [""]
    return "\n".join(out) + "\n"


def render_md(doc, r):
    out = []
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "h":
            out += ["## " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "li":
            out += ["* " + b[1]]
        elif k == "num":
            out += [f"**{b[1]}** {b[2]}", ""] if not b[1][:-1].isdigit() else [f"{b[1][:-1] if b[1].endswith('.') else b[1]}. {b[2]}", ""]
        elif k == "table":
            rows = b[1]
            out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])] + ["| " + " | ".join(row) + " |" for row in rows[1:]] + [""]
    return "\n".join(out) + "\n"


def render_html(doc, r):
    e = html.escape
    title = next((b[1] for b in doc.blocks if b[0] == "title"), "Document")
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>" + e(title) + "</title></head><body>"]
    if r.random() < 0.3:
        out.append("<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a> | <a href=\"/contact\">Contact</a></nav>")
    in_list = False
    for b in doc.blocks:
        if b[0] != "li" and in_list:
            out.append("</ul>")
            in_list = False
        k = b[0]
        if k == "title":
            out.append("<h1>" + e(b[1]) + "</h1>")
        elif k == "h":
            out.append("<h2>" + e(b[1]) + "</h2>")
        elif k == "p":
            out.append("<p>" + e(b[1]) + "</p>")
        elif k == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>" + e(b[1]) + "</li>")
        elif k == "num":
            out.append("<p><strong>" + e(b[1]) + "</strong> " + e(b[2]) + "</p>")
        elif k == "table":
            out.append("<table>")
            for i, row in enumerate(b[1]):
                tag = "th" if i == 0 and b[2] else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(cell)}</{tag}>" for cell in row) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_src(doc, r, kind):
    """The line format of scripts/corpus-gen (title/h/p, tables; PDF numbered lines 'n: 1 | text')."""
    out = []
    for b in doc.blocks:
        k = b[0]
        if k in ("title", "h", "p"):
            out.append(f"{k}: {b[1]}")
        elif k == "li":
            out.append(f"p: • {b[1]}")
        elif k == "num":
            out.append(f"n: {b[1]} | {b[2]}" if kind == "pdf" else f"p: {b[1]} {b[2]}")
        elif k == "table":
            rows = b[1]
            if kind == "pdf":
                cols = len(rows[0])
                out.append("@cols " + ",".join(str(int(i * 480 / cols)) for i in range(cols)))
                out += [("thead: " if i == 0 and b[2] else "row: ") + " | ".join(row) for i, row in enumerate(rows)]
                out.append("space: 6")
            else:
                out.append("table header" if b[2] else "table")
                out += ["| " + " | ".join(row) + " |" for row in rows]
                out.append("end")
    return "\n".join(out) + "\n"


def main():
    out_dir = sys.argv[1]
    gen_dll = sys.argv[2] if len(sys.argv) > 2 else None
    r = random.Random(SEED)
    pending = []
    jobs = [(cls, PER_CLASS[cls], templates, r) for cls, templates in CLASSES.items()]
    later = random.Random(LATER_SEED)
    jobs += [(cls, per * len(templates), templates, later) for cls, per, templates in LATER]
    for cls, count, templates, r in jobs:
        os.makedirs(os.path.join(out_dir, cls), exist_ok=True)
        for i in range(count):
            name, make = templates[i % len(templates)]
            c = Ctx(r)
            doc = make(r, c, i // len(templates))
            fmt = FORMATS[(i // len(templates)) % len(FORMATS)] if gen_dll else FORMATS[i % 3]
            base = os.path.join(out_dir, cls, f"{name}-{i:03d}")
            if fmt == "txt":
                open(base + ".txt", "w", encoding="utf-8").write(render_txt(doc, r))
            elif fmt == "md":
                open(base + ".md", "w", encoding="utf-8").write(render_md(doc, r))
            elif fmt == "html":
                open(base + ".html", "w", encoding="utf-8").write(render_html(doc, r))
            else:
                pending.append((fmt, render_src(doc, r, fmt), base + "." + fmt))
    if pending:
        with tempfile.TemporaryDirectory() as tmp:
            for n, (fmt, src, target) in enumerate(pending):
                path = os.path.join(tmp, f"{n}.src")
                open(path, "w", encoding="utf-8").write(src)
                subprocess.run(["dotnet", gen_dll, fmt, path, target], check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
