"""The engine against the hand-annotated stories (tests/data/gold).

Issue 2 sets the bar at link precision and recall >= 0.85 on each story. The engine does not
reach it yet (figures in the README); that test is an expected failure that turns into a pass
(strict) the day the bar is met. The floors below sit just under today's figures, so any
regression fails the suite.
"""

import pytest

from tests.goldeval import gold_names, load_gold, run_story, score

STORIES = gold_names()
# Measured with the default settings: story1 P 0.939 R 0.809, story2 P 0.898 R 0.871 (meets the
# bar), story3 (agency wires, long sentences that combine facts) P 0.771 R 0.711. Stories 4-9
# were written and annotated by reviewers who had not seen the engine: story4 (a derailment;
# leads that state two facts) P 0.667 R 0.864, story5 (a court verdict) P 0.907 R 0.721, story6
# (a rate decision; three outlets, figures everywhere) P 0.686 R 0.615, story7 (a wildfire; five
# outlets, one in non-native English with w for v) P 0.841 R 0.611, story8 (a data breach; three
# outlets, a tech site with bullet lists) P 0.960 R 0.658, story9 (a resignation and a confidence
# vote; one outlet hard-wrapped, quotations split over sentences) P 0.660 R 0.348. Stories 8 and
# 9 were written after session 6's first changes and first measured at 0.960 / 0.658 and
# 0.621 / 0.272 (with 12 of their sentences broken by hard wraps); story10 (an earthquake; two
# outlets only, a wire and a long newspaper report) was written last and measured 0.893 / 0.758
# before any change made for it; story11 (a carmaker's quarterly results; three outlets, figures
# in every form) was written after that and measured 0.667 / 0.407; story12 (a corruption
# verdict; four outlets, one a live page) was written in session 7 and measured 0.838 / 0.603
# before any change made for it (0.843 / 0.589 after its boilerplate rules); story13 (a
# national air traffic controllers' strike; four outlets, one a live page) was written in session
# 8 by a reviewer who never saw the engine and measured 0.900 / 0.566 before any change for it;
# story14 (a regional election; four outlets, one a saved HTML page, one a live page) was
# written in session 9 the same way and measured 0.689 / 0.498 before any change for it;
# story15 (a football cup final; a wire, a broadsheet, a tabloid and a minute-by-minute page)
# and story16 (a medicine recall; a Markdown health site, a financial wire, a newspaper's HTML
# page and a broadcaster's Q&A) were written in session 11 the same way and measured 0.821 /
# 0.293 and 0.820 / 0.509 before any change for them; story17 (a diet study; a university press
# release, a wire, a broadsheet's HTML page, a tabloid health site and a Markdown newsletter)
# and story18 (a ceasefire; a state agency, a wire, a broadcaster's HTML page with an analysis
# box, an opposition paper) in session 12, measured 0.765 / 0.433 and 0.931 / 0.532 (with six
# article sentences lost to cleaning) before any change for them; story19 (monthly inflation
# figures; a financial wire, a newspaper's HTML page, the statistics office's release and a
# broadcaster) and story20 (a protest that turned violent; a wire, a live page, a local paper's
# HTML page and a police statement republished in Markdown), later in session 12, measured
# 0.591 / 0.474 and 0.692 / 0.401 before any change for them. Session 13's four, written and
# annotated the same way: story21 (a ransomware attack on a hospital network; a tech site's HTML
# page, a wire, a regional paper, the network's statement in Markdown), story22 (floods; a live
# page, the emergency agency's bulletin, a foreign paper's HTML page, a local radio site, a
# charity's appeal), story23 (a minister resigns over expenses; a broadcaster, a tabloid's HTML
# page, a Markdown newsletter, a broadsheet) and story24 (an airliner's emergency landing; a
# wire, an enthusiasts' blog, a local paper's HTML page, the safety authority's statement), first
# measured 0.754 / 0.391, 0.700 / 0.350, 0.714 / 0.320 and 0.725 / 0.381; and, last, story25 (a
# telecoms takeover; a financial wire, a Markdown blog, a newspaper's HTML page, the buyer's
# press release) and story26 (a measles outbreak; the health agency's update in Markdown, a
# wire, a live page, a regional paper's HTML page), first measured 0.500 / 0.352 and 0.522 /
# 0.462 (their golds split a sentence stating a price and its premium, or a school closure and a
# quarantine, into two facts; the engine links such sentences). Session 15's two, written and
# annotated the same way before any change for them: story27 (a chemical plant explosion; a
# wire, a live page, the town paper's HTML page, the fire service's statement in Markdown, a
# tabloid) and story28 (a summit ends with an agreement; a wire, a foreign broadsheet's HTML
# analysis, the host government's communiqué in Markdown, a public broadcaster), first measured
# 0.798 / 0.469 and 0.672 / 0.419 (6 and 9 boilerplate lines kept); with the boilerplate they
# showed removed, 0.772 / 0.444 and 0.661 / 0.419 (a few links of story27 moved with the words'
# weights, no other story changed). Then story29 (a competition fine on a technology group; a
# wire, a tech site's HTML page, the regulator's release in Markdown, a paywalled business
# paper) and story30 (a rocket failure; a wire, a space blog in Markdown, a live page, a
# regional paper's HTML page, the launch company's statement), first measured 0.778 / 0.339 and
# 0.780 / 0.397 (8 and 3 boilerplate lines kept, one subheading lost); now 0.764 / 0.339 and
# 0.787 / 0.397 with none kept or lost (story29's "Lestria" no longer joins the company "Nimbra
# Lestria s.r.o.", which cost it a link the wrong merge had made). Session 16's three, written
# and annotated the same way: story31 (a museum theft; a public broadcaster, a wire, a tabloid,
# an arts magazine in Markdown, a regional paper's live page saved as HTML), story32 (a ferry
# capsizing; a wire, a broadsheet's HTML page, the coast guard's release, a local radio site in
# Markdown, a foreign paper's English edition) and story33 (a football manager sacked; the
# club's statement, a sports wire, a tabloid, a broadsheet's HTML page, a fan blog in Markdown),
# first measured 0.677 / 0.278 (11 article lines lost: the live page's post headings and key
# points, which trafilatura drops; 8 boilerplate lines kept), 0.554 / 0.390 (12 kept) and
# 0.818 / 0.310 (a standfirst in a box of its own lost; 5 kept); now 0.774 / 0.440, 0.535 /
# 0.390 and 0.839 / 0.324 with nothing lost and 0, 2 and 1 boilerplate lines kept. story20 moved
# from 0.698 / 0.427 to 0.688 / 0.408 when "1500 GMT" became a clock time (README, Session 16).
# Later in session 16: story34 (a bridge collapse; a wire, a broadcaster's live page saved as
# HTML, the roads agency's statement in Markdown, a tabloid, a regional paper with its comments)
# and story35 (a budget; a financial wire with a quick-facts box, the ministry's release in
# Markdown, a broadsheet's HTML analysis, a tabloid explainer, a public broadcaster), first
# measured 0.817 / 0.543 (4 boilerplate lines kept) and 0.839 / 0.570 (5 kept); with the
# boilerplate they showed removed, 0.796 / 0.474 and 0.839 / 0.570 (story34's death-toll fact
# split in two when three boilerplate lines left and the words' weights moved).
# Session 17, held out the same way: story36 (an earthquake; a wire, a broadcaster's live page
# saved as HTML, the seismology institute's bulletin in Markdown, a regional paper, a foreign
# paper with its own spellings), story37 (a bank's card outage; a financial site's HTML page, a
# consumer blog in Markdown, the bank's statement, a tabloid, a broadcaster), story38 (a prison
# escape; a wire, the police's release in Markdown, a tabloid, a regional paper's HTML page, a
# public radio site), story39 (a doping ban; a sports wire, the anti-doping agency's decision in
# Markdown, a sports site's HTML page, a tabloid, a broadsheet) and story40 (a mine collapse; a
# national agency, a regional TV live page as HTML, the company's statement, a foreign wire in
# Markdown, a tabloid). First measured 0.657 / 0.347, 0.667 / 0.433, 0.718 / 0.424, 0.626 /
# 0.465 and 0.484 / 0.344 with 31 boilerplate lines kept and 3 article lines lost over the five;
# now 0.660 / 0.342, 0.667 / 0.433, 0.747 / 0.447, 0.620 / 0.465 and 0.578 / 0.578 with 5 kept
# and 2 lost (below). story40 rose with "alive" as a concept ("19 rescued alive", "21 brought
# out alive", "Twenty miners dragged out alive"), which also raised story9, story10 and
# story32; its gold splits the mine company's account of the cause into three facts (what it
# said, the disputed cause, its rejection of the union's claims), which the engine links as one.
# Later in session 17, held out the same way: story41 (a heatwave; the weather service's
# bulletin in Markdown, a wire, a broadcaster's live page as HTML, a tabloid, a regional paper
# hard-wrapped at 70 characters), story42 (a presidential run-off; a wire, the election
# commission's release, a foreign broadsheet's HTML analysis, a partisan site with its comments,
# a broadcaster's results page), story43 (hostages freed; a wire, the foreign ministry's
# statement, a broadsheet's HTML page, a tabloid, a regional radio site) and story44 (a car
# recall; the carmaker's release, a motoring magazine's HTML page, a financial wire in Markdown,
# a consumer-advice site, a broadcaster). First measured 0.615 / 0.284, 0.769 / 0.273, 0.562 /
# 0.196 and 0.545 / 0.369, with 39 boilerplate lines kept and 2 article lines lost (a wrapped
# paragraph broken after "above" and after a colon); now 0.656 / 0.299, 0.682 / 0.246, 0.562 /
# 0.196 and 0.545 / 0.369 with 6 kept and none lost. story42 fell when its boilerplate went: the
# words' weights moved and two groups about the loser's claims merged (the grouping's
# sensitivity near its threshold, as story34's).
# Session 18, held out the same way: story45 (a chemical spill; a regional daily with a live box,
# the environment agency's notice in Markdown, a broadcaster's HTML page, a community site, a
# wire), story46 (an avalanche; a mountain paper, a broadcaster's live page as HTML, an outdoors
# magazine in Markdown, a tabloid, a wire), story47 (a cabinet reshuffle; the government's
# release, a broadsheet's HTML page, a political newsletter in Markdown, a tabloid, a regional
# radio site) and story48 (a nationwide blackout; a wire, the grid operator's release in
# Markdown, a tabloid's HTML page, a technology site, a broadcaster). First measured 0.630 /
# 0.326, 0.740 / 0.386, 0.781 / 0.536 and 0.721 / 0.471, with 41 boilerplate lines kept and 2
# article lines lost; now 0.638 / 0.312, 0.745 / 0.386, 0.781 / 0.536 and 0.716 / 0.462 with
# none kept and 1 lost (a live page's "We are ending our live coverage for today.", which other
# golds call furniture). The lost line the extractor dropped ("A large rescue operation is under
# way.", the last paragraph of a live page's last post) is back.
# Session 19, held out the same way: story53 (a bridge collapse; a wire, a regional daily in
# Markdown, a broadcaster's live page as HTML, the ministry's statement, a tabloid), story54 (a
# measles outbreak; a wire, a city site in Markdown, a radio station's HTML page, the health
# institute's release, a foreign paper's English page), story55 (a plant closure; a wire, a
# foreign business daily's HTML page, a local paper's live page, the company's release in
# Markdown, a union's site), story56 (a wildfire; a wire, a local site's HTML page, a live blog in
# Markdown, the civil protection bulletin, a foreign outlet), story57 (a referendum; a wire, a
# broadsheet in Markdown, a foreign paper's HTML page, the electoral commission, a political
# site's live page) and story58 (a prison riot; a wire, a local site, a broadcaster's HTML page,
# the ministry's statement in Markdown, a tabloid's English page). First measured 0.539 / 0.463,
# 0.598 / 0.637, 0.591 / 0.245, 0.714 / 0.258, 0.551 / 0.395 and 0.846 / 0.446, with 106
# boilerplate lines kept and 14 article lines lost; now 0.538 / 0.530, 0.593 / 0.645, 0.591 /
# 0.245, 0.619 / 0.252, 0.528 / 0.379 and 0.885 / 0.466, with 26 kept and 5 lost (the five
# photo captions these golds, unlike the earlier ones, call the article's). Most of the kept
# lines are teaser headlines written with a full stop, which cleaning keeps as it keeps any
# sentence. story56 fell when its boilerplate went and one commander's two names joined: its
# sentences that name her link more.
# Session 20, held out the same way (each outlet's length now varies as in real coverage: a
# brief of 100-200 words and a long piece of 800-1,100 beside three of 250-700; captions are
# furniture to these golds, as to stories 14-52): story59 (a public inquiry's report on a
# maternity unit; a wire, a regional daily in Markdown, a broadcaster's HTML live page, the health
# ministry's release, a tabloid brief), story60 (an airline's collapse; a business wire, a daily's
# HTML page, a live page in Markdown, the aviation regulator's brief, a foreign outlet's English
# page), story61 (a toxic algae bloom; a wire brief, a local paper's HTML page, a broadcaster's
# live page, the water utility's release, a campaign group's page in Markdown), story62 (a leaked
# exam; a wire, a daily's HTML page, a live page in Markdown, the ministry's statement, a tabloid
# brief), story63 (food poisoning at a school; a wire brief, a local site in Markdown, a regional
# broadcaster's HTML page, the health agency's statement, the parents' association's page) and
# story64 (a shipwreck and who owns it; a wire, a daily's culture desk in Markdown, a
# broadcaster's HTML page, the ministry's release, a foreign magazine's brief). First measured
# 0.731 / 0.724, 0.585 / 0.307, 0.612 / 0.465, 0.817 / 0.333, 0.720 / 0.367 and 0.744 / 0.720
# (mean 0.702 / 0.486), with 41 boilerplate lines kept and 1 article line lost; now 0.731 /
# 0.724, 0.569 / 0.287, 0.600 / 0.488, 0.817 / 0.333, 0.679 / 0.367 and 0.761 / 0.720 (mean
# 0.693 / 0.487), with 4 kept and none lost. story28 fell from 0.661 to 0.615: its prime
# minister's "Ms Dragoș" now joins "Mirela Dragoș" though a second Dragoș is named, and her
# press-conference sentences, which its gold puts in separate facts, link more. story6's recall
# fell from 0.615 to 0.564 when "Velmora" stopped reading as the surname of the bank "Nordbank
# Velmora" (the model's PERSON): its headline no longer links through the bank's name.
# Session 22, held out: story71 (an earthquake), story72 (a rate rise), story73 (a hospital
# ransomware attack), story74 (a rail strike), story75 (a mine collapse), story76 (a minister's
# resignation). First measured 0.630 / 0.341, 0.873 / 0.329, 0.893 / 0.609, 0.667 / 0.430,
# 0.765 / 0.512 and 0.788 / 0.523 (mean 0.769 / 0.457), with 52 boilerplate lines kept and 4
# article lines lost; now 0.662 / 0.348, 0.844 / 0.260, 0.848 / 0.609, 0.667 / 0.430, 0.765 /
# 0.512 and 0.787 / 0.497 (mean 0.762 / 0.443), with 16 kept and none lost. story72's gold has
# one fact of 14 sentences: one merge of two groups (3 and 3 of them) is worth 0.06 of its
# recall, and it fell out when furniture lines left the texts; story73's precision fell where
# its local paper's sentence broken over two lines became whole and links.
FLOORS = {"story1": (0.86, 0.76), "story2": (0.87, 0.85), "story3": (0.72, 0.67),
          "story4": (0.53, 0.82), "story5": (0.86, 0.68), "story6": (0.63, 0.55),
          "story7": (0.80, 0.57), "story8": (0.92, 0.62), "story9": (0.65, 0.35),
          "story10": (0.90, 0.74), "story11": (0.54, 0.41), "story12": (0.78, 0.58),
          "story13": (0.88, 0.62), "story14": (0.72, 0.46), "story15": (0.80, 0.30),
          "story16": (0.76, 0.50), "story17": (0.74, 0.41), "story18": (0.84, 0.51),
          "story19": (0.72, 0.48), "story20": (0.62, 0.38), "story21": (0.65, 0.32),
          "story22": (0.67, 0.32), "story23": (0.68, 0.29), "story24": (0.74, 0.32),
          "story25": (0.51, 0.37), "story26": (0.49, 0.43), "story27": (0.74, 0.41),
          "story28": (0.60, 0.41), "story29": (0.68, 0.31), "story30": (0.75, 0.36),
          "story31": (0.70, 0.36), "story32": (0.50, 0.36), "story33": (0.80, 0.29),
          "story34": (0.76, 0.44), "story35": (0.80, 0.54), "story36": (0.64, 0.32),
          "story37": (0.64, 0.41), "story38": (0.72, 0.42), "story39": (0.60, 0.44),
          "story40": (0.56, 0.56), "story41": (0.63, 0.28), "story42": (0.66, 0.23),
          "story43": (0.50, 0.18), "story44": (0.52, 0.35), "story45": (0.61, 0.29),
          "story46": (0.67, 0.34), "story47": (0.76, 0.51), "story48": (0.58, 0.44),
          "story49": (0.45, 0.21), "story50": (0.84, 0.34), "story51": (0.66, 0.24),
          "story52": (0.69, 0.27), "story53": (0.52, 0.51), "story54": (0.57, 0.62),
          "story55": (0.48, 0.23), "story56": (0.60, 0.23), "story57": (0.51, 0.36),
          "story58": (0.86, 0.45), "story59": (0.71, 0.70), "story60": (0.55, 0.27),
          "story61": (0.51, 0.46), "story62": (0.78, 0.31), "story63": (0.66, 0.35),
          "story64": (0.63, 0.70), "story65": (0.59, 0.28), "story66": (0.69, 0.52),
          "story67": (0.73, 0.34), "story68": (0.69, 0.44), "story69": (0.71, 0.42),
          "story70": (0.56, 0.33), "story71": (0.64, 0.32), "story72": (0.82, 0.24),
          "story73": (0.82, 0.58), "story74": (0.64, 0.40), "story75": (0.74, 0.49),
          "story76": (0.76, 0.47)}
# Shared/unique right per gold sentence: 0.85 on the stories the engine was developed on; the
# held-out stories show where it stands on new text.
STATUS_FLOORS = {"story5": 0.75, "story6": 0.77, "story7": 0.77, "story9": 0.75, "story11": 0.73,
                 "story12": 0.77, "story14": 0.77, "story15": 0.72, "story16": 0.75,
                 "story17": 0.80, "story18": 0.78, "story19": 0.77, "story20": 0.68,
                 "story21": 0.72, "story22": 0.72, "story23": 0.65, "story24": 0.68,
                 "story25": 0.72, "story26": 0.77, "story27": 0.80, "story28": 0.70,
                 "story29": 0.68, "story30": 0.68, "story31": 0.66, "story32": 0.72,
                 "story33": 0.66, "story34": 0.79, "story35": 0.77, "story36": 0.72,
                 "story37": 0.65, "story38": 0.72, "story39": 0.72, "story40": 0.65,
                 "story41": 0.74, "story42": 0.68, "story43": 0.65, "story44": 0.70,
                 "story45": 0.75, "story46": 0.68, "story47": 0.76, "story48": 0.79,
                 "story49": 0.70, "story50": 0.76, "story51": 0.66, "story52": 0.62,
                 "story53": 0.73, "story54": 0.72, "story55": 0.75, "story56": 0.73,
                 "story57": 0.78, "story58": 0.79, "story59": 0.79, "story60": 0.71,
                 "story61": 0.83, "story62": 0.74, "story63": 0.77, "story64": 0.85,
                 "story65": 0.67, "story67": 0.72, "story68": 0.82, "story69": 0.80,
                 "story70": 0.73, "story71": 0.79, "story72": 0.75, "story73": 0.82,
                 "story74": 0.79, "story75": 0.76, "story76": 0.76}
UNIQUE_FLOORS = {"story9": 0.75, "story11": 0.65, "story12": 0.63, "story15": 0.58,
                 "story20": 0.75, "story23": 0.75, "story25": 0.72, "story26": 0.74,
                 "story28": 0.67, "story29": 0.75, "story30": 0.75, "story31": 0.66,
                 "story32": 0.77, "story33": 0.77, "story34": 0.72, "story37": 0.72,
                 "story38": 0.73, "story40": 0.63, "story44": 0.77, "story46": 0.62,
                 "story47": 0.78, "story49": 0.73, "story52": 0.70, "story53": 0.63,
                 "story54": 0.78, "story57": 0.73, "story60": 0.64, "story61": 0.74,
                 "story62": 0.68, "story65": 0.65, "story70": 0.68, "story39": 0.77}
# Stories that meet issue 2's bar; the others are expected failures that turn into a pass
# (strict) the day they meet it.
MEETS_BAR = {"story1", "story2"}


@pytest.fixture(scope="module", params=STORIES)
def story(request):
    gold = load_gold(request.param)
    result = run_story(gold)
    return request.param, gold, result, score(result, gold)


def test_every_gold_story_is_present():
    assert sorted(f"story{n}" for n in range(1, 77)) == STORIES


@pytest.mark.parametrize("name", [
    n if n in MEETS_BAR else pytest.param(n, marks=pytest.mark.xfail(
        reason="issue 2 bar (0.85/0.85) not reached yet; see README 'Quality'", strict=True))
    for n in STORIES])
def test_issue_bar_link_precision_and_recall(name):
    gold = load_gold(name)
    s = score(run_story(gold), gold)
    assert s.precision >= 0.85 and s.recall >= 0.85, s.line(name)


def test_link_quality_does_not_regress(story):
    name, _, _, s = story
    precision, recall = FLOORS[name]
    assert s.precision >= precision and s.recall >= recall, s.line(name)


def test_unique_facts_are_marked_unique(story):
    name, _, _, s = story
    assert s.unique_recall >= UNIQUE_FLOORS.get(name, 0.8), s.line(name)
    assert s.status_accuracy >= STATUS_FLOORS.get(name, 0.85), s.line(name)


# story26's gold counts an agency update's "Key points" heading as the article's; story22's gold
# calls the same heading on a live page boilerplate, which is what cleaning does.
# A live page's sign-off standing alone ("Thank you for joining us.") is boilerplate to story12's
# gold and the post's text to story27's; cleaning follows story12 (story20's sign-off, inside a
# sentence's line, stays).
# story39: a decision summary's "Summary" heading, which twelve other golds (story39's own too,
# on another page) call furniture. (A tabloid's splash in capitals over its headline, "MILENA’S
# SHAME", "STADIUM OF DEATH", "BRIDGE OF DEATH", stays since session 19, and one that names
# no section nor kind of page, "INFERNO IN PARADISE", "HOSPITAL HACK CHAOS", since session 22.)
# Stories 53-58 (session 19) count a photo caption (an HTML page's <figcaption>, a tabloid's
# caption over "Picture: Clarion/Reuben Vale") as the article's;
# the 38 captions of stories 14-52's HTML pages are furniture to their golds, as to cleaning.
KNOWN_LOST = {"story26": ["d1: Key points"], "story27": ["d2: Thank you for joining us."],
              "story39": ["d2: Summary"],
              "story46": ["d2: We are ending our live coverage for today."],
              "story50": ["d1: Summary"],
              "story53": ["d3: A bus lies on its side in the River Lenn below the Hallam Bridge",
                          "d5: CHAOS: Rescuers battle to reach the stricken bus in the River Lenn"],
              "story55": ["d2: Corvan vans awaiting delivery at Marston Road: production of the "
                          "model is moving to the Czech Republic."],
              "story56": ["d2: Smoke over the rooftops of Fontelas on Tuesday evening."],
              "story57": ["d3: Supporters of membership celebrated in the centre of Istrava on "
                          "Sunday night."],
              "story58": ["d3: Smoke over Wing C of Koldany Prison on Saturday evening, filmed by "
                          "a VTV drone."]}


def test_cleaning_loses_no_article_sentence(story):
    name, _, _, s = story
    assert s.lost == KNOWN_LOST.get(name, [])


def test_gold_boilerplate_is_removed(story):
    _, gold, _, s = story
    total = sum(len(v) for v in gold["boilerplate"].values())
    assert len(s.kept_boilerplate) <= 0.05 * total, s.kept_boilerplate
