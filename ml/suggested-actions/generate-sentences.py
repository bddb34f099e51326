#!/usr/bin/env python3
"""Writes generated-sentences.tsv: minutes-style sentences for training the suggested-action classifier.

Each generated document (gen-001 …) mixes commitments (label 1: someone is to do a task after the
meeting — "X to …", "X will …", "X agreed to …", "It was agreed that X would …", a passive task
"… will be circulated") with sentences that are not (label 0: reports of the past, decisions,
questions, schedules and costs that say "will" or "is to" without anyone taking on a task).
The labels are fixed per template, written by hand; the seed makes the file repeat exactly.
"""
import random
import sys

SEED = 20261126
DOCUMENTS = 60

OWNERS = ["The Clerk", "the Clerk", "Cllr Smith", "Cllr Okafor", "The Chair", "the Chairman", "JB", "SP", "The Treasurer",
          "Mrs Patel", "Mr Ellis", "The Head of Finance", "Dr Okafor", "The Headteacher", "The Secretary", "Sarah", "Tom",
          "The Chief Executive", "DCC", "The CFO", "Officers", "KM/OA", "Ravi and Tom", "The Director of Nursing",
          "The Estates Manager", "The Tree Warden", "Cllr A Collins", "The Vice-Chair", "Governors", "The project lead",
          "The Township Manager", "The Deputy Clerk", "Jo Blake", "The Community Safety Manager", "Trustees"]
PRONOUNS = ["he", "she", "they"]
TASKS = ["write to the Highways department about the blocked drain", "circulate the revised figures", "obtain three quotes for the new bench",
         "report back at the next meeting", "arrange a site visit with the contractor", "contact the landowner about the hedge",
         "update the risk register", "book the village hall for the annual meeting", "draft a response to the consultation",
         "chase the insurers about the claim", "review the safeguarding policy", "share the survey results with members",
         "prepare a paper on the level of reserves", "meet the police liaison officer", "order replacement footpath signs",
         "check the terms of the lease", "invite the PCSO to the next meeting", "investigate the cost of new street lighting",
         "organise the spring litter pick", "set up a working group on the website", "ask the county council for a speed survey",
         "send the audit report to the external auditor", "follow up the complaint about the bus shelter", "confirm the grant conditions with the funder",
         "put the item on the agenda for March", "produce a timetable for the recruitment", "arrange training for new volunteers",
         "seek legal advice on the boundary dispute", "publish the minutes on the website", "renew the play area inspection contract"]
PAST = {"write to the Highways department about the blocked drain": "wrote to the Highways department about the blocked drain",
        "circulate the revised figures": "circulated the revised figures", "obtain three quotes for the new bench": "obtained three quotes for the new bench",
        "arrange a site visit with the contractor": "arranged a site visit with the contractor", "contact the landowner about the hedge": "contacted the landowner about the hedge",
        "update the risk register": "updated the risk register", "book the village hall for the annual meeting": "booked the village hall for the annual meeting",
        "review the safeguarding policy": "reviewed the safeguarding policy", "meet the police liaison officer": "met the police liaison officer",
        "order replacement footpath signs": "ordered replacement footpath signs", "check the terms of the lease": "checked the terms of the lease",
        "organise the spring litter pick": "organised the spring litter pick", "send the audit report to the external auditor": "sent the audit report to the external auditor",
        "publish the minutes on the website": "published the minutes on the website", "renew the play area inspection contract": "renewed the play area inspection contract"}
DUES = ["", "", "", " by 30 June", " before the next meeting", " by the end of the month", " in January", " by Friday", " within two weeks"]
THINGS = ["The revised budget", "A copy of the report", "The draft policy", "The survey results", "Details of the scheme", "The updated action plan",
          "A note of the discussion", "The consultation response"]
FACTS = ["the play area had been inspected", "income was £4,210 for the quarter", "attendance had risen to 94%", "two benches had been vandalised",
         "the grant had been received", "the hedge had been cut", "waiting times had fallen to six weeks", "the contractor had finished the resurfacing",
         "the auditor had signed off the accounts", "there were 14 new volunteers", "the website had 2,300 visits in March"]
QUESTIONS = ["the budget could absorb the increase", "the footpath would reopen before summer", "residents had been consulted",
             "the target would be met", "the scheme could be extended to other wards", "the policy applied to volunteers"]
EVENTS = ["Work on the roof", "Resurfacing of Mill Lane", "The new service", "Construction of the car park", "The consultation", "The pilot scheme"]
DATES = ["22 July", "1 April", "the autumn term", "next spring", "March 2025", "September"]
DECISIONS = ["the accounts be approved", "the grant application be supported", "the policy be adopted", "no objection be raised to the application",
             "the contract be awarded to the lowest tenderer", "the precept be set at £24,500"]
AIMS = ["reduce waiting times", "improve the play area", "increase membership", "cut energy costs", "support families earlier", "widen access to the library"]

POSITIVE = [
    lambda r: f"{o(r)} to {t(r)}{d(r)}.",
    lambda r: f"{o(r)} to {t(r)}{d(r)}.",
    lambda r: f"{o(r)} will {t(r)}{d(r)}.",
    lambda r: f"{o(r)} will {t(r)}{d(r)}.",
    lambda r: f"{o(r)} agreed to {t(r)}{d(r)}.",
    lambda r: f"{o(r)} was asked to {t(r)}{d(r)}.",
    lambda r: f"It was agreed that {o(r, lower=True)} would {t(r)}{d(r)}.",
    lambda r: f"{o(r)} undertook to {t(r)}.",
    lambda r: f"{o(r)} offered to {t(r)}.",
    lambda r: f"{o(r)} volunteered to {t(r)}.",
    lambda r: f"{o(r)} is to {t(r)}{d(r)}.",
    lambda r: f"{o(r)} said {r.choice(PRONOUNS)} would {t(r)}{d(r)}.",
    lambda r: f"{o(r)} has agreed to {t(r)}.",
    lambda r: f"Agreed: {o(r, lower=True)} to {t(r)}{d(r)}.",
    lambda r: f"{o(r)} to {t(r)} and report back{d(r)}.",
    lambda r: f"{r.choice(THINGS)} will be circulated to members{d(r)}.",
    lambda r: f"{r.choice(THINGS)} will be sent to the working group{d(r)}.",
    lambda r: f"Following discussion, {o(r, lower=True)} will {t(r)}.",
    lambda r: f"{o(r)} will look into {r.choice(['the cost', 'the options', 'the complaint', 'the legal position'])} and report back.",
    lambda r: f"{o(r)} kindly agreed to {t(r)}.",
]
NEGATIVE = [
    lambda r: f"{o(r)} reported that {r.choice(FACTS)}.",
    lambda r: f"{o(r)} reported that {r.choice(FACTS)}.",
    lambda r: f"{o(r)} {past(r)}.",
    lambda r: f"{o(r)} has {past(r)}.",
    lambda r: f"{r.choice(EVENTS)} will start in {r.choice(DATES)}.",
    lambda r: f"{r.choice(EVENTS)} will be completed by {r.choice(DATES)}.",
    lambda r: f"The next meeting will be held on {r.choice(DATES)} at 7pm.",
    lambda r: f"{o(r)} asked whether {r.choice(QUESTIONS)}.",
    lambda r: f"Members noted that {r.choice(FACTS)}.",
    lambda r: f"RESOLVED that {r.choice(DECISIONS)}.",
    lambda r: f"It was noted that {r.choice(FACTS)}.",
    lambda r: f"The aim of the scheme is to {r.choice(AIMS)}.",
    lambda r: f"The plan is to {r.choice(AIMS)} over the next three years.",
    lambda r: f"The purpose of the grant is to {r.choice(AIMS)}.",
    lambda r: f"{o(r)} thanked the volunteers for their work.",
    lambda r: f"The new equipment will cost £{r.randint(2, 90) * 100}.",
    lambda r: f"The contractor will not be able to start until {r.choice(DATES)}.",
    lambda r: f"Figures for the quarter will be available in {r.choice(DATES)}.",
    lambda r: f"Residents want the council to {t(r)}.",
    lambda r: f"{o(r)} was unable to {t(r)} because of illness.",
    lambda r: f"{o(r)} explained how the scheme would work.",
    lambda r: f"The minutes of the previous meeting were approved as a correct record.",
    lambda r: f"Apologies were received from {o(r)}.",
    lambda r: f"{o(r)} declared an interest in item {r.randint(3, 9)}.",
    lambda r: f"There were {r.randint(2, 40)} members of the public present.",
    lambda r: f"Members discussed whether to {t(r)}.",
    lambda r: f"It was not clear who would {t(r)}.",
    lambda r: f"{o(r)} had already agreed to {t(r)} last year and this was now complete.",
    lambda r: f"The county council will close the mobile library in {r.choice(DATES)}.",
    lambda r: f"Last month {o(r, lower=True)} went to the depot to {t(r)}.",
]


def o(r, lower=False):
    owner = r.choice(OWNERS)
    return owner[0].lower() + owner[1:] if lower and owner.startswith("The ") else owner


def t(r):
    return r.choice(TASKS)


def d(r):
    return r.choice(DUES)


def past(r):
    return PAST[r.choice(sorted(PAST))]


def main():
    r = random.Random(SEED)
    out = sys.stdout
    out.write("document\tlabel\tsentence\n")
    seen = set()
    for n in range(1, DOCUMENTS + 1):
        doc = f"gen-{n:03d}"
        rows = [(1, r.choice(POSITIVE)(r)) for _ in range(r.randint(4, 9))] + [(0, r.choice(NEGATIVE)(r)) for _ in range(r.randint(10, 18))]
        r.shuffle(rows)
        for label, sentence in rows:
            sentence = sentence[0].upper() + sentence[1:]
            # One sentence once in the whole file, so no text sits in two folds.
            if sentence in seen:
                continue
            seen.add(sentence)
            out.write(f"{doc}\t{label}\t{sentence}\n")


if __name__ == "__main__":
    main()
