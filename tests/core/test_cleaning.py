"""Cleaning removes web boilerplate, never article sentences, and reports what it removed."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.cleaning import clean, normalise_line

ARTICLE = [
    "Floods force thousands from homes in river valley",
    "Heavy rain caused the Lesna river to burst its banks on Monday, flooding six villages.",
    "By Tuesday, rescuers had pulled 14 bodies from the water.",
    "“We will rebuild every home,” the minister told reporters.",
    "The streaming service said it had lost 2 million subscribers in the third quarter.",
    "Share prices of the dam operator fell 12% on Wednesday.",
    "Comments from residents suggest the warning came too late.",
]
BOILERPLATE = [
    "Select Language: English Русский Қазақша",
    "Home | World | Business | Sport",
    "Daily Meridian logo",
    "Comments (12)",
    "Share",
    "Similar News",
    "Read more: Dam warning ignored, say residents",
    "Advertisement",
    "All rights reserved. Full text is available to subscribers of Meridian. Reproduction is "
    "prohibited.",
    "Generated on: 2026-11-03 08:14",
    "We use cookies to improve your experience. Accept all cookies",
    "Follow us on Telegram",
    "Photo: Jane Roe / Meridian",
    "© 2026 Meridian Media Group",
    "12:45, 3 November 2026",
    "Mon 2 Nov 2026 19.05 CET",
    "By Anna Kowalski",
]


def test_boilerplate_lines_are_removed_and_article_kept():
    raw = "\n".join(BOILERPLATE[:4] + ARTICLE[:3] + BOILERPLATE[4:9] + ARTICLE[3:]
                    + BOILERPLATE[9:])
    result = clean(raw)
    kept = result.text.split("\n")
    assert kept == ARTICLE
    assert sorted(r.text for r in result.removed) == sorted(BOILERPLATE)
    assert all(r.reason == "boilerplate" and r.detail for r in result.removed)


def test_navigation_run_one_item_per_line():
    raw = "Home\nWorld\nBusiness\nSport\nFloods force thousands from homes\nRain fell all week."
    result = clean(raw)
    assert result.text == "Floods force thousands from homes\nRain fell all week."
    assert [r.detail for r in result.removed] == ["navigation"] * 4


def test_single_short_heading_is_kept():
    raw = ("Floods hit Varna\nHeavy rain fell on Monday across the region.\nThe Response\n"
           "It was slow.")
    assert clean(raw).text == raw


def test_odd_spacing_is_folded():
    assert normalise_line("  Some\u00a0text \u200b with\t\tgaps  ") == "Some text with gaps"


def test_removed_position_points_into_cleaned_text():
    raw = "Share\nFirst sentence here.\nAdvertisement\nSecond sentence here.\nComments"
    result = clean(raw)
    at = {r.text: r.at for r in result.removed}
    assert at["Share"] == 0
    assert result.text[at["Advertisement"]:].startswith("Second sentence")
    assert at["Comments"] == len(result.text)


lines = st.sampled_from(ARTICLE + BOILERPLATE + ["", "  "])


@settings(max_examples=200, deadline=None)
@given(st.lists(lines, max_size=30))
def test_every_line_is_kept_or_reported_in_order(raw_lines):
    """Nothing is dropped silently: reinserting removed lines at `at` rebuilds the input."""
    result = clean("\n".join(raw_lines))
    # Prose always survives; a headline-like line may go when it follows "Similar News". Below
    # the page's dated copyright and a teaser label, a short sentence is one more teaser by
    # design ("Swiss glacier loss slowed in 2024, monitoring network says.", session 20): only
    # what stands above that foot must survive.
    foot = next((k for k, line in enumerate(raw_lines)
                 if line.startswith("©") or "rights reserved" in line), len(raw_lines))
    label = next((k for k, line in enumerate(raw_lines)
                  if k > foot and (line == "Similar News" or line.startswith("Read more"))),
                 len(raw_lines))
    prose = [line for k, line in enumerate(raw_lines) if line in ARTICLE[1:] and k < label]
    assert all(line in result.text.split("\n") for line in prose)
    rebuilt = []
    kept = result.text.split("\n") if result.text else []
    offset = 0
    removed = list(result.removed)
    for line in kept:
        rebuilt += [r.text for r in removed if r.at == offset]
        removed = [r for r in removed if r.at != offset]
        rebuilt.append(line)
        offset += len(line) + 1
    rebuilt += [r.text for r in removed]
    # word for word in order (lines of a hard-wrapped paragraph come back as one line)
    assert " ".join(rebuilt) == " ".join(normalise_line(x) for x in raw_lines if normalise_line(x))


def test_teaser_list_and_comment_thread_are_removed():
    article = "Floods force thousands from homes\nRain fell for three days before the dam failed."
    raw = article + """
Similar News
Lusk council approves new flood barrier budget
Who is Luca Veltri, the engineer who says he raised the alarm?
Comments (2)
Marko_L · 3 hours ago
Thoughts with everyone in Brezhno. Stay safe.
Reply
Vesna1970 · 2 hours ago
Everyone knew that dam was a disaster waiting to happen.
Got it!"""
    result = clean(raw)
    assert result.text == article
    details = {r.text: r.detail for r in result.removed}
    assert details["Lusk council approves new flood barrier budget"] == "teaser"
    assert details["Everyone knew that dam was a disaster waiting to happen."] == "comments"


def test_teaser_label_stops_at_article_prose():
    raw = "Read more:\nDam warning ignored, say residents\nThe river rose two metres overnight."
    assert clean(raw).text == "The river rose two metres overnight."


def test_agency_trailers_and_file_photo_captions_are_removed():
    article = "Shares fell 7% on Tuesday.\nThe company said it would not pay the ransom."
    raw = ("FILE PHOTO: A man walks past the Kestrel Mobile headquarters in Hallbridge, "
           "March 3, 2027. REUTERS/Jane Roe/File Photo\n" + article +
           "\n(Reporting by Jane Roe; Editing by John Doe)\n"
           "Our Standards: The Thomson Reuters Trust Principles.")
    result = clean(raw)
    assert result.text == article
    assert {r.detail for r in result.removed} == {"caption credit", "credits"}


def test_a_sentence_about_reporting_is_kept():
    raw = "Reporting by local media suggested that the dam had been leaking for weeks."
    assert clean(raw).text == raw


def test_bylines_without_by_sign_offs_and_credited_captions_are_removed():
    raw = ("Death toll rises to 17\n"
           "Andrej Novak and Lena Hart\n"
           "Mon 2 Nov 2026 19.05 CET\n"
           "The number of people killed has risen to 17, officials said.\n"
           "Rescuers search a flooded street on Monday. Photo: Petar Ilić / Harvel Courier\n"
           "A boy waits on a roof in Lusk. (AP Photo/Jane Roe)\n"
           "Forecasters expect more rain on Wednesday.\n"
           "(NovaPress)\n")
    cleaned = clean(raw)
    details = {r.text: r.detail for r in cleaned.removed}
    assert details["Andrej Novak and Lena Hart"] == "byline"
    assert details["(NovaPress)"] == "credits"
    assert details["A boy waits on a roof in Lusk. (AP Photo/Jane Roe)"] == "photo caption"
    assert "Photo: Petar Ilić" not in cleaned.text
    assert "The number of people killed has risen to 17" in cleaned.text
    assert "Forecasters expect more rain on Wednesday." in cleaned.text


def test_name_like_lines_stay_unless_beside_a_dateline():
    # A title-case headline over a timestamp, and place names in the text, are not bylines.
    raw = ("Dam Collapse Floods Two Towns\n"
           "2 November 2026, 18:40\n"
           "The water reached two towns within minutes.\n"
           "Brezhno and Lusk\n"
           "Both towns were flooded, and the photo desk said: none survived (for now).\n")
    cleaned = clean(raw)
    assert cleaned.text.startswith("Dam Collapse Floods Two Towns\n")
    assert "Brezhno and Lusk" in cleaned.text
    assert "Both towns were flooded" in cleaned.text


BODY = ("A strong earthquake struck Sichuan province early on Thursday, killing two people.\n"
        "Rescue teams from Luzhou reached the epicentre within hours, state media said.\n")


def test_footers_credits_widgets_and_standalone_datelines_are_removed():
    raw = ("Can't connect right now! retry\n"
           "Beijing (AFP) –\n" + BODY +
           "(Xinhua) 08:35, September 16, 2021\n"
           "More to come ...\n"
           "law/aw (AFP, AP, Reuters)\n"
           "Reported by RFA’s Lao Service. Translated by Jane Roe. "
           "Written in English by John Doe.\n"
           "This article originally appeared on example.com.\n"
           "Full story: example.org\n"
           "(Web editor: Xia Peiyao, Liang Jun)\n"
           "By\n"
           "Leave a Reply\n")
    cleaned = clean(raw)
    assert cleaned.text == BODY.rstrip("\n")
    kinds = {r.text: r.detail for r in cleaned.removed}
    assert kinds["Beijing (AFP) –"] == "dateline"
    assert kinds["law/aw (AFP, AP, Reuters)"] == "credits"


def test_trailing_teasers_for_other_stories_go_but_closing_key_points_stay():
    teasers = ("Martha Stewart on surviving rigorous times amid memoir release\n"
               "Funeral home owner sentenced to 40 years for selling corpses\n"
               "Washington Post CEO William Lewis resigns after layoffs\n")
    assert clean(BODY + teasers).text == BODY.rstrip("\n")
    points = ("Key points\n"
              "Two people killed in Sichuan\n"
              "Rescue teams sent from Luzhou\n"
              "Aftershocks expected in Sichuan for days\n")
    assert "Rescue teams sent from Luzhou" in clean(BODY + points).text


def test_a_repeated_headline_is_kept_once():
    raw = ("Two killed as shallow quake hits China's Sichuan province\n"
           "Two killed as shallow quake hits Chinas Sichuan province\n" + BODY)
    cleaned = clean(raw)
    assert cleaned.text.count("Two killed") == 1
    assert [r.detail for r in cleaned.removed] == ["duplicate"]


# Pages as copied from a broadcaster's and a news agency's site (written for these tests): the
# article's lines are the ones that state something; everything else is page furniture.
WEB_PAGES = {
    "broadcaster_page.txt": [
        "Floods in northern Italy force thousands to leave their homes",
        "More than 10,000 people have been forced to leave their homes after torrential rain "
        "caused rivers to burst their banks in northern Italy.",
        "At least three people have died, according to the regional civil protection agency.",
        '"We have never seen anything like this," said Faenza\'s mayor, Massimo Isola.',
        "Italian Prime Minister Giorgia Meloni said the government would declare a state of "
        "emergency on Thursday.",
    ],
    "agency_page.txt": [
        "Thousands flee as floods swamp northern Italian region",
        "ROME (AP) — Floodwaters surged through towns in northern Italy on Wednesday, killing at "
        "least four people and forcing about 10,000 residents from their homes, officials said.",
        "The mayor of Faenza, Massimo Isola, told state TV: “We've never seen anything like it.”",
        "Premier Giorgia Meloni's government planned to declare a state of emergency for the "
        "Emilia-Romagna region on Thursday, she said.",
        "Rescue crews in rubber dinghies plucked people from rooftops.",
    ],
}


def test_broadcaster_and_agency_page_furniture_goes_and_the_article_stays():
    from pathlib import Path
    for name, article in WEB_PAGES.items():
        raw = (Path(__file__).parent.parent / "data" / "web" / name).read_text(encoding="utf-8")
        result = clean(raw)
        assert result.text.split("\n") == article, name
        removed = {r.text for r in result.removed}
        assert removed | set(article) == {x for x in raw.split("\n") if x.strip()}, name


def test_job_titles_and_contributor_lines_go_but_look_alike_sentences_stay():
    kept = [
        "Residents contributed from their own savings to rebuild the bridge.",
        "The company contributed $5 million to the relief fund.",
        "Senior editor at the paper, she resigned in protest last year.",
        "Reporting from the front line has become more dangerous, the union said.",
        "Image quality on the drone footage was poor, investigators said.",
    ]
    gone = ["Rome correspondent", "Senior political reporter, BBC News", "Reporting from Bologna",
            "Image source, Reuters", "Media caption, Watch: boats rescue residents",
            "Reuters reporters in Kyiv contributed to this report.",
            "Jane Roe contributed reporting.", "Get in touch", "U.S."]
    raw = "\n".join(["Flood hits valley", *kept[:2], "Menu", "World", *gone[-1:], "Politics",
                     *kept[2:], *gone[:-1]])
    result = clean(raw)
    assert all(line in result.text.split("\n") for line in kept)
    assert {r.text for r in result.removed} >= set(gone)


def _web(name: str) -> str:
    from pathlib import Path
    return (Path(__file__).parent.parent / "data" / "web" / name).read_text(encoding="utf-8")


def test_agency_pages_language_menus_channel_plugs_and_bylines_go():
    national = clean(_web("national-agency.txt"))
    assert national.text.split("\n")[0] == "Sultanov to pay state visit to Uzbekistan"
    gone = {r.text for r in national.removed}
    assert {"Қазақша", "Русский", "English", "中文", "Follow Kazinform on Telegram"} <= gone
    regional = clean(_web("regional-agency.txt"))
    plug = "Follow the latest news on Trend's Telegram channel"
    assert {plug, "Trend"} <= {r.text for r in regional.removed}  # the site's name alone
    assert len(regional.text.split("\n")) == 3
    capital = clean(_web("capital-daily.txt"))
    assert "By Aigerim Bekova in Nation on 15 March 2024" in {r.text for r in capital.removed}
    assert all(line.endswith((".", "visit")) for line in capital.text.split("\n")), capital.text


def test_comment_threads_reading_times_and_first_comment_prompts_go():
    from viewer.core.cleaning import clean

    story = "A ferry caught fire in the strait on Thursday, officials said."
    text = "\n".join(["Ferry fire in the strait", "By Eli Sorn · 5 min read", story,
                      "Comments (34)", "JohnB: Terrible news, thoughts with the families.",
                      "marko_l: Praying for the crew.", "Be the first to comment.",
                      "4 min read"])
    cleaned = clean(text)
    assert cleaned.text.split("\n") == ["Ferry fire in the strait", story]
    kept = "\n".join(["Ferry fire in the strait", story,
                      "Officials: the ship was carrying 212 people."])
    assert clean(kept).text == kept  # a colon in the story is not a comment


def test_hard_wrapped_paragraph_lines_are_one_sentence_again():
    raw = "\n".join([
        "Passengers told how they were thrown around \"like clothes in a",
        "washing machine\" when the train left the tracks.",
        "A further 34 people were hurt, and six are said to be",
        "fighting for their lives.",
        "Two people died",  # a headline-like line without a full stop...
        "Rescue teams arrived within minutes.",  # ...is not continued by a capitalised line
    ])
    lines = clean(raw).text.split("\n")
    assert lines == [
        "Passengers told how they were thrown around \"like clothes in a washing machine\" "
        "when the train left the tracks.",
        "A further 34 people were hurt, and six are said to be fighting for their lives.",
        "Two people died", "Rescue teams arrived within minutes."]


def test_wire_broadsheet_and_tabloid_page_furniture_goes():
    story = ["Train derails near Brenmoor, killing two",
             "An InterCity train derailed near Brenmoor on Tuesday, police said.",
             "The line will stay closed until Friday, the operator said updated timetables "
             "would follow."]
    furniture = [
        "News  Sport  What's On  Property  Jobs  Traffic & Travel",
        "June 9, 20262:47 PM GMT+2Updated 1 hour ago",
        "13:24, 9 JUN 2026 Updated 16:02, 9 JUN 2026",
        "Last modified on Tue 9 Jun 2026 21.05 CEST",
        "Rescue workers stand next to the carriages, June 9, 2026. MPA/Katrin Holm Purchase "
        "Licensing Rights, opens new tab",
        "Passengers were helped from the wreckage by villagers (Image: Northvale Live)",
        "Bookmark", "Reuse this content",
        "Get the latest Northvale news straight to your inbox",
        "Support independent journalism. Subscribe from €1 for your first month.",
        "Do you have photos or video of the crash? Email newsdesk@northvalelive.co.uk",
        "Read Next", "Strikes at Port Callan container terminal enter third day",
        "Explore more on these topics", "Rail transport",
    ]
    raw = "\n".join(story[:1] + furniture[:9] + story[1:] + furniture[9:])
    result = clean(raw)
    assert result.text.split("\n") == story
    assert sorted(r.text for r in result.removed) == sorted(normalise_line(f) for f in furniture)


def test_notice_words_in_news_sentences_do_not_remove_them():
    """A notice pattern removes a line that reads like a sentence only when it speaks to the
    reader or carries a notice's own words; these are all news (from a review of 12 site
    families, each once removed)."""
    news = [
        "Floods hit the valley",
        "By dawn, most had returned.",
        "By Friday, it had gone.",
        "A report seen by BBC Wales said a lack of drainage checks by staff may also have "
        "contributed.",
        "Hospital staff said the cold snap contributed.",
        "Residents can sign up for emergency text alerts on the city's website.",
        "Retail investors can subscribe for a minimum lot of 14 shares.",
        "Copyright infringement claims against the company have tripled since 2023.",
        "Under the new law, assisted reproduction is prohibited for unmarried women.",
        "The regulator said the company's cookie settings made it harder to refuse tracking.",
        "The footage was posted on the regional governor's Telegram channel.",
        "Research by Imperial College London, published on Monday, found that such heatwaves "
        "are now 10 times more likely.",
        "Produced by Pixar, the film earned more than $1bn worldwide.",
        "Video by Reuters showed the truck overturned on its side.",
        "Latest developments",
        "Other concerns",
    ]
    assert clean("\n".join(news)).text.split("\n") == news


def test_a_comments_link_at_the_top_does_not_take_the_article_with_it():
    article = [f"Sentence number {n} of the article says what happened in the town." for n in
               range(12)]
    raw = "\n".join(["Flood hits town", "By Jane Roe", "Comments", *article,
                     "More on this story", "Rail line closed after landslip", "4 days ago"])
    assert clean(raw).text.split("\n")[:13] == ["Flood hits town", *article]


def test_more_page_furniture_of_news_and_finance_sites_goes():
    story = ["Central bank raises rates", "The bank raised its key rate to 4.5% on Thursday."]
    furniture = [
        "We value your privacy. We and our 142 partners use cookies to personalise content and "
        "ads. Accept | Reject | Preferences",
        "Accept", "Reject non-essential",
        "Advertisement · Scroll to continue",
        "Listen to this article 4 min",
        "Markets data delayed by 15 minutes",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges "
        "and delays.",
        "EUR/USD 1.0842 +0.12%   EUR/VLC 11.3840 -0.58%   KSX 40 2,184.62 -0.79%",
        "This article is for information only and is not financial advice.",
        "Disclosure: PocketWise may earn a commission if you take out a product through links "
        "on this page.",
        "Subscribe to The Ledger Pro for real-time market data. Start your free trial",
        "Residents wade through floodwater in Kudaru on March 3, 2026 [Afolabi Sotunde/Reuters]",
        "Rescuers search the rubble in Chongqing, March 3, 2026. (Xinhua/Tang Yi)",
        "Campaigners protest outside the court on Tuesday Photograph: Jim Wileman/The Guardian",
        "When using TASS materials, a hyperlink to tass.com is required.",
        "[Editor: huaxia]", "Video Ad Feedback", "Story continues below.", "Link Copied!",
        "TOI City Desk / TNN / Updated: Mar 4, 2026, 14:05 IST",
        "skip past newsletter promotion", "Enter your email address",
    ]
    result = clean("\n".join(story[:1] + furniture + story[1:]))
    assert result.text.split("\n") == story
    assert len(result.removed) == len(furniture)


def test_page_tools_notes_on_the_site_and_its_name_spelled_out_go():
    """From held-out stories 27 and 28 (a wire, a live page, a press release, a tabloid, a
    public broadcaster): each was left in the text."""
    story = ["Blast at chemical plant kills three",
             "An explosion at a chemical plant killed three workers on Thursday, officials said.",
             "The fire was brought under control in the afternoon, the fire service said."]
    furniture = [
        "Text size", "Send by e-mail", "Most recent first",
        "*Press release no. 214/2027 · Published: 9 September 2027, 17:45 · Author: Press "
        "Office, Dolna Region Fire and Rescue Service*",
        "Press release · Velmora, 16 November 2029 · 18:45",
        "Daily Flash is a member of the Independent Press Standards Council. Read our editors’ "
        "code.",
        "Meridian Editorial Standards", "Request reprint & licensing", "Privacy & cookies",
        "Market data provided by third parties and delayed at least 15 minutes.",
        "Follow KRT News on WhatsApp for the most important news of the day.",
    ]
    result = clean("\n".join(story[:2] + furniture + story[2:]))
    assert result.text.split("\n") == story
    assert len(result.removed) == len(furniture)


def test_a_menu_entry_written_small_first_and_the_sites_name_in_full_go():
    """"iPlayer" between two menu entries is one; "Kestrian Radio and Television" under the
    "KRT" of the menu, and beside it in the foot, is the site's name."""
    raw = ["KRT", "Kestrian Radio and Television", "Menu", "News", "Sport", "Weather", "iPlayer",
           "Radio", "Regions", "Summit ends with a deal on the coast fund",
           "Leaders of nine countries agreed on Friday to set up a fund for their coasts.",
           "The next summit will be held in Tirenne in 2030.",
           "KRT – Kestrian Radio and Television, public service media",
           "© 2029 KRT. All rights reserved."]
    assert clean("\n".join(raw)).text.split("\n") == raw[9:12]


def test_the_site_is_a_member_only_in_its_own_note():
    news = ["Press regulator fines tabloid",
            "The union is a member of the press council, which said the paper broke its code.",
            "Poland is a member of the European Union and of NATO, the minister said.",
            "Market data from the ministry showed prices rose 3% in March, delayed by the "
            "strike.",
            # from a review of these rules: news about a regulator, a newsroom's guidelines,
            # a delay in figures, and a live page's subheading
            "The Daily Courier is a member of the Independent Press Standards Organisation.",
            "Most national titles are members of the Independent Press Standards Organisation.",
            "Strict editorial guidelines",
            "Data from the airport operator showed departures were delayed by 45 minutes on "
            "average.",
            "Latest updates"]
    assert clean("\n".join(news)).text.split("\n") == news


def test_a_headline_or_subheading_spelling_a_menus_initials_stays():
    """Only the site's own name spelled out, above or below the article, goes: not a headline
    with a comma, nor an article's subheading that a two-letter or section menu entry spells."""
    menu = ["Home", "US", "EU", "UK", "NHS", "AI", "Sport"]
    body = ["The minister said on Monday that talks would continue through the week.",
            "United Kingdom",
            "Officials in London said the deal was a step forward for both sides of the talks.",
            "National Health Service",
            "Hospitals said they were ready for the winter, and the minister agreed with them."]
    for headline in ["United States, China Agree Tariff Truce",
                     "European Union, Britain Seal Post-Brexit Reset"]:
        raw = "\n".join(menu + [headline] + body + ["© 2025 The Paper"])
        assert clean(raw).text.split("\n") == [headline, *body]


def test_a_press_releases_label_foot_headings_paywall_and_bio_go():
    """From held-out stories 29 and 30 (a regulator's release, a paywalled business paper, a
    launch company's statement)."""
    story = ["Regulator fines search group",
             "The competition authority fined the company 2.8 billion marks on Tuesday.",
             "The company said it would appeal against the decision in court."]
    furniture = ["**PRESS RELEASE 17/2030**", "Contacts",
                 "About Norvane", "You have reached the end of your free preview",
                 "Subscribe to Merkur from LSM 19 a month and get unlimited access to business "
                 "news, market data and the e-paper.",
                 "See subscription options", "Already a subscriber? Log in",
                 "Daniela Horvatová covers technology and telecoms for Merkur. Follow her on X "
                 "@DHorvatova",
                 "Forward-looking statements: This release may contain forward-looking "
                 "statements that involve risks and uncertainties. Actual results may differ "
                 "materially.",
                 "Norvane Orbital Launch Systems AS · Org. no. 922 417 630 · Brenmark, Kestria"]
    result = clean("\n".join(story[:2] + furniture + story[2:]))
    assert result.text.split("\n") == story
    assert len(result.removed) == len(furniture)
    kept = ["About 300 people attended the hearing on Tuesday, the court said.",
            "Jane Doe covers the courts for the Herald, and said the ruling was clear.",
            "Contacts between the two sides resumed on Monday."]
    assert clean("\n".join(story + kept)).text.split("\n") == story + kept


def test_news_that_quotes_or_names_a_commission_or_the_us_is_kept():
    """From a second review (NYT, FT, Politico, Fox, ... styles): each of these was once
    removed as a notice."""
    news = [
        "Floods hit the valley",
        "The Data Protection Commission found that the banner told users “we use cookies to "
        "give you the best experience” but required four clicks to refuse.",
        "Copyright and competition cases against the company are handled by the European "
        "Commission.",
        "“We will never sign up to a deal that hurts our farmers,” the minister told reporters.",
        "The feature will be available to paid subscribers in the US and Canada first.",
        "Under the new rules, brokers may receive a commission only if clients are told.",
        "The inquiry found that the pilots were tired and that staff shortages at the control "
        "tower also contributed.",
        "By Thanksgiving, it was gone.", "Most viewed it as theatre.",
        "Login failures lasted six hours.", "Like us, the Dutch have spent decades on dykes.",
        "Key Points:", "Evacuation orders are in place for:", "Frederickton", "Smithtown",
        "Gladstone", "The rest of the valley was spared.",
    ]
    assert clean("\n".join(news)).text.split("\n") == news
    for title in ("Russia frees jailed American journalist", "Jaguar defends its new logo",
                  "Israel–Hamas war – live updates",
                  "Growth forecast cut to 0.5-1%, inflation seen at 2-2.5%"):
        page = f"{title}\nThe story that follows the headline says what happened."
        assert clean(page).text == page, title


def test_still_more_page_furniture_goes():
    story = ["Floods hit the valley", "The river burst its banks on Monday, officials said."]
    furniture = [
        "Credit...Hilary Swift for The New York Times", "Photographer: Ana Weiss/Bloomberg",
        "washingtonpost.com © 1996-2026 The Washington Post", "Share full article",
        "Add to your saved stories", "SKIP ADVERTISEMENT", "Story continues below advertisement",
        "Add Fox News on Google", "Facebook Twitter Email Whatsapp Telegram Link",
        "Unlock the Editor’s Digest for free", "Email address",
        "By clicking Sign up, you agree to receive emails from Euronews.",
        "Get the Europe Today briefing in your inbox every weekday morning",
        "Markets data delayed by at least 15 minutes.", "Read 184 comments",
        "Suggested Topics:", "Follow Al Jazeera English:", "Updated on", "5 min",
        "Get the Northstar Daily Briefing newsletter. Sign up here.", "By Tavrin 7 News Team",
        "Follow our live coverage below. Refresh the page for the latest updates.",
        "Got a photo or video of the fire? Send it to newsdesk@tavrin7.tv",
        "Watch Live: Tavrin 7 Evening News at 19:00",
        "Vesna Petrova outside the sports hall. Gazette photo by Ivan Rusev",
    ]
    result = clean("\n".join(story[:1] + furniture + story[1:]))
    assert result.text.split("\n") == story
    assert len(result.removed) == len(furniture)


def test_a_comment_thread_with_combined_reply_and_like_buttons_goes():
    story = ["Fire forces thousands from homes", "The fire crossed the motorway on Monday."]
    raw = "\n".join(story + ["Comments (2)", "marko_v · 2 hours ago",
                             "Thoughts with everyone in the valley.", "Reply · Like (9)",
                             "ana.k · 1 hour ago", "Stay safe, all of you.", "Reply · Like (3)"])
    assert clean(raw).text.split("\n") == story


def test_a_section_name_above_the_headline_does_not_take_it_for_a_teaser():
    raw = "\n".join(["FOX 8", "Home | News | Weather | Sports", "Top Stories", "Local News",
                     "Water main break floods Lakewood streets, boil advisory issued",
                     "by: Danielle Wiggins",
                     "A water main break flooded streets in Lakewood on Tuesday, officials said."])
    assert "Water main break floods Lakewood streets, boil advisory issued" in \
        clean(raw).text.split("\n")


def test_a_notice_somebody_is_reported_saying_is_news():
    news = ["Boil advisory issued",
            "Subscribe to the city's Nixle alerts for updates, Mayor Meghan George said on "
            "social media.",
            "Voters must register before Friday to take part in our first direct election, the "
            "mayor said."]
    assert clean("\n".join(news)).text.split("\n") == news


def test_furniture_of_public_broadcasters_agencies_and_press_releases_goes():
    story = ["Ferry fire forces evacuation", "An engine fire broke out on the ferry on Tuesday."]
    furniture = ["By subscribing, you agree to our Terms of Use and Privacy Policy.",
                 "Log in, register or subscribe to save articles for later.",
                 "Kindly share this story:", "Social Sharing", "Larger text size",
                 "The audio version of this article is generated by text-to-speech, a "
                 "technology based on artificial intelligence.",
                 "Cookies on GOV.UK", "Accept additional cookies", "Go to Contents",
                 "Commenting for this story is now closed.", "Comment removed by moderator.",
                 "Content is published under Creative Commons licence.",
                 "RTÉ is not responsible for the content of external internet sites.",
                 "ABOUT THE AUTHOR", "News provided by", "Media Contact:",
                 "SOURCE Northwind Mobility Inc.", "(ATTN: ADDS details in paras 5-7)"]
    result = clean("\n".join(story[:1] + furniture + story[1:]))
    assert result.text.split("\n") == story
    assert len(result.removed) == len(furniture)


def _wrapped(paragraphs: list[str], width: int = 72) -> list[str]:
    import textwrap
    return [line for p in paragraphs for line in textwrap.wrap(p, width)]


def test_a_hard_wrapped_page_is_rejoined_whatever_the_next_line_starts_with():
    # A greedy wrapper breaks before a name, a figure or a quotation as readily as before a
    # lower-case word: "registered in" / "Hrabovo.", "on" / "2 March", "was" / "“cooperating".
    body = [
        "At the centre of the scandal is a contract signed in June under which the ministry "
        "ordered 240 drones from Stalvek Defence Systems, a company registered in Hrabovo.",
        "According to an investigation published by the Kompas website on 2\u00a0March, the "
        "ministry paid almost three times what two rival manufacturers had offered.",
        "The agency has searched the ministry and the minister's office. The ministry was "
        "“cooperating fully” with investigators, a spokeswoman for the Ministry of Defence said.",
        "Its leader, Vasyl Moroz, said on Thursday that the Agrarian Party would back the "
        "government now that the minister had gone, and the coalition held its majority.",
    ]
    headline = "Khalimov out, coalition holds: Palata backs Verbytska cabinet 87-62"
    standfirst = "Defence minister quits over drone deal as opposition vows to keep up pressure"
    raw = "\n".join([headline, standfirst, *_wrapped(body)])
    assert len(raw.split("\n")) > 10
    lines = clean(raw).text.split("\n")
    assert lines[:2] == [headline, standfirst]  # a headline is not wrapped into its standfirst
    assert lines[2:] == [normalise_line(p) for p in body]


def test_a_restored_line_of_a_wrapped_page_is_found_by_its_raw_line_number():
    body = _wrapped(["The government survived a confidence vote in the National Chamber on "
                     "Thursday night, less than a day after the defence minister resigned over "
                     "the drone deal, and the opposition promised to keep up the pressure."] * 4)
    raw = "\n".join(["Advertisement", *body[:6], "Advertisement", *body[6:]])
    cleaned = clean(raw)
    ads = [r for r in cleaned.removed if r.text == "Advertisement"]
    assert [r.line for r in ads] == [0, 7]
    assert clean(raw, keep={7}).text.count("Advertisement") == 1


def test_an_ordinary_page_is_not_taken_for_a_wrapped_one():
    lines = ["Menu", "Flood hits valley towns",
             "Heavy rain flooded the towns of Brezhno and Lusk on Sunday, and rescuers worked "
             "through the night to reach people trapped on the upper floors of their homes.",
             "Related stories"] + [f"Teaser headline number {n} about another story" for n in
                                   range(10)]
    out = clean("\n".join(lines)).text.split("\n")
    assert "Flood hits valley towns" in out and all(" Teaser" not in x for x in out)


def test_furniture_of_a_wire_a_local_paper_and_a_broadcaster_goes():
    story = ["Minister resigns over drone deal",
             "The defence minister resigned on Wednesday over a contract for 240 drones."]
    furniture = [
        "Logo of Crossline News Agency",
        "Zarovia’s English-language daily since 1994",
        "Reading time: 5 min",
        "Thu 12 Mar 2026 05.30 KDT",
        "Sign in to comment. Comments are moderated and may take up to 24 hours to appear.",
        "ZRT is not responsible for the content of external websites.",
        "This content is copyright 2027 Crossline News Agency. It may not be republished, "
        "rebroadcast, rewritten or redistributed, in whole or in part, without the prior "
        "written consent of Crossline.",
        "This discussion is now closed for comments but you can still sign in or create your "
        "account to join the discussion next time.",
        "Our journalism is funded by readers like you. Support us today.",
        "Support the Observer. Independent journalism in Vostrania depends on readers like "
        "you. Become a member from 3.99 € a month.",
        "KernelPoint is reader-supported. When you buy through links on our site, we may earn "
        "an affiliate commission.",
    ]
    for line in furniture:
        assert clean("\n".join([story[0], line, story[1]])).text.split("\n") == story, line
    news = ["The report may not be published without the consent of the court, the judge said.",
            "Support for the plan was strong among farmers, the poll found.",
            "The paper's survival depends on readers, its editor said.",
            "Residents can become a member of the cooperative from 3 euros a month."]
    for line in news:
        assert line in clean("\n".join([*story, line])).text, line


def test_a_byline_of_a_name_and_a_regional_desk_goes():
    text = "\n".join(["Zarovia’s government survives", "Catherine Ellery",
                      "Central and eastern Europe correspondent",
                      "The government survived a confidence vote on Thursday, officials said."])
    assert clean(text).text.split("\n") == ["Zarovia’s government survives",
                                            "The government survived a confidence vote on "
                                            "Thursday, officials said."]


def test_a_broadsheets_masthead_byline_newsletter_comment_prompt_and_topic_tags_go():
    story = ["More than 230 dead as earthquake tears through Dravan",
             "Survivors spent a freezing night in cars and tents as rescuers searched the ruins.",
             "“Right now I just need somewhere warm for my girls to sleep,” she said."]
    raw = "\n".join([
        "The Velgrad Herald - Home", "Menu", story[0], story[1], "Ilinca Marin in Sarnak",
        "Wed 11 Nov 2026 06.30 EET", story[2],
        "Sign up to The Morning Herald: the day’s essential stories, free to your inbox every "
        "weekday. Enter your email address  Sign up",
        "Topics", "Data protection", "Cybercrime", "Health",
        "Sign in or create your Velgrad Herald account to join the discussion.",
        "Most viewed",
        "‘The ground just kept moving’: readers in Dravan describe the night of the quake",
        "Velgrad Marathon postponed as city turns out to give blood",
        "Winter fuel prices set to rise 12%, regulator warns"])
    assert clean(raw).text.split("\n") == story


def test_a_quoted_subhead_is_kept_after_a_teaser_list():
    raw = "\n".join(["Dam fails after days of rain", "Most read",
                     "Ferry fares to rise in April", "Heatwave warning for the coast",
                     "‘A river in the street’",
                     "Residents said the water rose within minutes of the dam failing."])
    assert "‘A river in the street’" in clean(raw).text.split("\n")


_MENU = ["Skip to main content", "Home", "News", "Sport", "Business", "World"]
_FOOT = ["Terms of use", "Privacy notice", "© 2026 Example Media Ltd"]


@pytest.mark.parametrize("article", [
    # a live page with a "Comments" link at the top and entries stamped "12 min ago"
    ["Storm Gerda live: Amber warnings as 90mph gusts hit Wales", "Jane Dalton",
     "Wednesday 04 March 2026 14:27 GMT", "Comments", "12 min ago",
     "Ferries cancelled between Holyhead and Dublin",
     "Stena Line has cancelled all sailings between Holyhead and Dublin until Friday.",
     "34 min ago", "Power cuts hit 20,000 homes",
     "More than 20,000 homes in north Wales are without power, the network operator said."],
    # a timeline whose dates head its paragraphs
    ["Timeline: The long road to the 2040 climate target",
     "Here is how the target took shape:", "Feb. 6, 2024",
     "The Commission recommends a 90% cut in net emissions by 2040.", "July 2, 2025",
     "The Commission formally proposes the target.", "Nov. 5, 2025",
     "Environment ministers agree their position after overnight talks."],
    # a list of names after a four-word lead-in
    ["Cross Island Line stations to open in 2030",
     "The line's first stations will open in 2030, the transport authority said.",
     "The interchange stations are:", "Pasir Ris", "Hougang", "Ang Mo Kio", "Bright Hill",
     "Construction began in 2022."],
    # an article that ends on advice without full stops
    ["Delhi records hottest March day in five years",
     "Delhi recorded its hottest March day in five years on Wednesday, officials said.",
     "The Disaster Management Authority asked residents to:",
     "Avoid going out in the sun between 12 noon and 3pm",
     "Drink sufficient water even if not thirsty", "Wear light-coloured, loose cotton clothes"],
    # Title Case headlines of live entries under their time stamps
    ["Live updates: Blizzard shuts interstates across the Dakotas", "4:05 PM CST",
     "Interstates Closed", "The transport department closed Interstate 94 between Bismarck "
     "and Fargo.", "3:41 PM CST", "Power Outages Climb",
     "More than 60,000 customers in Minnesota were without power by midafternoon."],
    # furniture words as subheads between paragraphs
    ["Court upholds Paris cap on short-term rentals",
     "The highest administrative court on Tuesday upheld the Paris rule on tourist rentals.",
     "Reactions", "Airbnb said it was disappointed and would study the ruling.", "Shares",
     "Shares in Airbnb fell 2% in early New York trading.", "Accessibility",
     "Landlords will also have to register each listing with City Hall."],
    # consumer news speaks of "you" without being the page speaking
    ["Gyms must let customers cancel in one click",
     "If you sign up for a free trial, you must be reminded before the first payment is taken.",
     "Websites that use cookies to track you will also face tighter checks from the regulator."],
    # candidates listed "Name, Party" after a lead-in
    ["Three candidates file for Ward 4 seat", "The candidates, in ballot order, are:",
     "Julie Emig, incumbent", "Marcus Hale, Democrat", "Rosa Lindqvist, Independent",
     "The election is April 7."],
], ids=["live-comments-link", "timeline-dates", "names-list", "advice-list",
        "live-title-case", "furniture-word-subheads", "consumer-you", "candidates"])
def test_article_lines_that_look_like_furniture_stay(article):
    furniture = {"Jane Dalton", "Wednesday 04 March 2026 14:27 GMT", "Comments", "12 min ago",
                 "34 min ago", "4:05 PM CST", "3:41 PM CST"}
    raw = "\n".join(_MENU + article + _FOOT)
    kept = clean(raw).text.split("\n")
    for line in article:
        if line not in furniture:
            assert line in kept, line
    assert not set(_MENU[:2]) & set(kept) and not set(_FOOT) & set(kept)


def test_a_list_of_short_lower_case_items_is_not_glued_into_one_line():
    raw = "\n".join(["Russian drones hit Odesa port",
                     "Russia attacked the port of Odesa with drones overnight, the governor said.",
                     "According to the governor, the attack damaged",
                     "a grain storage facility and conveyor line",
                     "a bulk carrier flying the flag of Panama",
                     "a tugboat moored at the terminal"])
    assert clean(raw).text.split("\n")[2:] == [
        "According to the governor, the attack damaged",
        "a grain storage facility and conveyor line",
        "a bulk carrier flying the flag of Panama", "a tugboat moored at the terminal"]


@pytest.mark.parametrize("line", [
    "Rescuers at the scene under the new rules Credit: Peter Byrne/PA",
    "Damaged homes in Odesa. (State Emergency Service / Telegram)",
    "Commuters at a station on March 4. ST PHOTO: GAVIN FOO",
    "A tourist in the Marais district of Paris, on July 18, 2025. ALAIN JOCARD / AFP",
    "4 March 2026 6:00am GMT",
    "Mar 4, 2026 Updated 2 hrs ago",
    "Join ST's Telegram channel and get the latest breaking news delivered to you.",
    "Get the NHK WORLD-JAPAN app",
    "Article reserved for subscribers",
    "Support truly independent journalism",
    "Try The Telegraph free for 1 month",
])
def test_captions_timestamps_and_promos_of_more_site_families_go(line):
    story = ["Paris caps short-term rentals",
             "The court upheld the rule on Tuesday, officials said."]
    assert clean("\n".join([story[0], line, story[1]])).text.split("\n") == story


def test_a_sentence_about_a_free_offer_is_news():
    line = "The minister said the exhibition would be free for 3 days."
    assert line in clean("Museum opens\n" + line).text


@pytest.mark.parametrize("article", [
    ["Flood warnings issued for the Thames valley",
     "“We would urge residents to sign up for our flood alerts and to check on neighbours.",
     "You can sign up for flood alerts from the Environment Agency.",
     "If a message lands in your inbox claiming to be from HMRC, do not click the link."],
    ["Interview: the editor on paywalls",
     "Q: Will your website eventually be for subscribers only?",
     "A: Some are. We use cookies on our site, but we have cut the number by half in a year."],
    ["Bitcoin thefts rose again last year", "The number of reported thefts by year:",
     "2018: 299", "2019: 1,843", "2020: 8,466"],
    ["Supermarket opening hours over Christmas", "Tesco", "Christmas Day: Closed",
     "Boxing Day: 9am - 6pm", "Aldi", "Christmas Day: Closed", "Boxing Day: 9am - 6pm"],
    ["Lange retrospective opens at the Barbican",
     "The exhibition brings together more than 200 photographs by Dorothea Lange.",
     "Democrats 47%, Republicans 44% (NYT/Siena)", "★★★★☆"],
    ["Local election results", "The final tally of seats:",
     "Party\tCouncils\tSeats\tChange", "Reform UK\t11\t677\t+677", "Labour\t0\t99\t-187"],
    ["Most popular baby names of 2025", "The most popular names for boys were:",
     "1. Muhammad", "2. Noah", "3. Oliver"],
    ["Stability AI wins partial victory over Getty", "Copyright law is murky.",
     "The judge said the case turned on where the model was trained."],
    ["Leeds beat Sunderland to go top",
     "Leeds went top of the Championship with a 2-0 win over Sunderland on Saturday.",
     "Saturday's other results:", "Bristol City 2-1 Hull City", "Derby County 0-0 Stoke City",
     "Norwich City 3-2 Watford"],
], ids=["quoted-and-you", "interview", "label-figures", "repeated-hours", "captions-in-text",
        "table", "numbered-list", "copyright-law", "results-list"])
def test_article_lines_that_use_the_words_of_notices_stay(article):
    kept = clean("\n".join(_MENU + article + _FOOT)).text.split("\n")
    expected = [normalise_line(x) for x in article]
    assert [x for x in kept if x in expected] == expected


def test_a_line_broken_after_a_passive_verb_and_its_preposition_goes_on():
    """"... 27 ambulances were diverted to" / "Pelham Royal Infirmary between ...": inside the
    article a passive verb's preposition needs its object. A headline ending so (the first
    line kept) stays apart from the first paragraph."""
    post = ["Hospital cyber attack: ambulances diverted as operations cancelled",
            "Three hospitals have cancelled planned operations after a ransomware attack.",
            "14:48",
            "South Wexcombe Ambulance Service has told us that 27 ambulances were diverted to",
            "Pelham Royal Infirmary between 6am on Tuesday and 6am today.",
            "A spokesperson said crews were working closely with colleagues at Pelham."]
    assert "were diverted to Pelham Royal Infirmary between 6am" in clean("\n".join(post)).text
    headline = ["Home | News | Health",
                "Families say dozens of elderly residents of the Harbour Lodge care home were "
                "subjected to",
                "Inspectors found residents left without water for hours, a report published on "
                "Tuesday says."]
    assert clean("\n".join(headline)).text.split("\n") == headline[1:]


def test_a_brand_in_lower_case_does_not_continue_the_headline_above():
    raw = "\n".join(["Apple unveils cheaper iPhone in push to win back buyers in China and India",
                     "iPhone 17e will cost $599 and go on sale on 13 March, the company said."])
    assert len(clean(raw).text.split("\n")) == 2


def test_a_title_author_list_in_the_article_is_not_a_run_of_datelines():
    article = ["Booker prize shortlist announced",
               "Six novels are on this year's shortlist, the judges said on Tuesday.",
               "The shortlist", "The Salt Roads, Amara Okafor",
               "Winter Orchard, Tom Kell", "Harbour, Lina Mhlongo",
               "The winner will be named in November."]
    raw = "\n".join(["Lusk, Harvel Province", *article])
    assert clean(raw).text.split("\n") == article  # the dateline above the story still goes


@pytest.mark.parametrize("line", [
    "💬 87 comments",
    "Have your say: should the council sell the site? Comment below.",
    "Do you agree with the verdict? Let us know in the comments.",
    "Thank you for following",
    "Thanks for joining us today.",
    "We are closing this live blog now. Full report: Minister resigns over hospital scandal",
    "We're pausing our live coverage here.",
    "Key events",
    "Your city. Your voice. Since 1887",
    "Harbour24 – news from the Lindmark coast",
    "Menu   Search",
    "By Harbour24 newsroom",
    "By Staff Reporters",
])
def test_counts_prompts_sign_offs_taglines_and_desk_bylines_go(line):
    story = ["Court jails former governor",
             "The court sentenced him to seven years on Thursday, officials said."]
    assert clean("\n".join([story[0], line, story[1]])).text.split("\n") == story


def test_a_quoted_teaser_headline_with_a_dash_goes_with_its_list():
    page = ["Court jails former governor",
            "The court sentenced him to seven years on Thursday, officials said.",
            "RELATED STORIES", "Hospital car park charges to rise in January",
            "'I waited nine hours in A&E' - reader's story",
            "Council approves new bus route"]
    assert clean("\n".join(page)).text.split("\n") == page[:2]


@pytest.mark.parametrize("article", [
    ["Readers react to the verdict",
     "More than 300 readers left a comment below the article within an hour, the paper said.",
     "Thank you for following the rules, the judge told the jury before it retired."],
    ["Live: the verdict", "Key events", "Governor gets seven years", "Builder gets five years",
     "The judge read the verdict for three hours."],
])
def test_article_lines_near_those_forms_stay(article):
    kept = clean("\n".join(_MENU + article + _FOOT)).text.split("\n")
    expected = [normalise_line(x) for x in article if x != "Key events"]
    assert [x for x in kept if x in expected] == expected


def test_cleaning_one_text_twice_reuses_the_result_within_a_size_bound(monkeypatch):
    """Loading cleans a text for its headline and the analysis needs the same result."""
    from viewer.core import cleaning

    raw = "Home | News | Sport\nCourt jails former governor\nThe court ruled on Thursday."
    assert clean(raw) is clean(raw)
    assert clean(raw, keep={0}) is not clean(raw)
    assert clean(raw, keep={0}).text.startswith("Home")
    monkeypatch.setattr(cleaning, "_RECENT_CHARS", len(raw) + 10)
    other = raw.replace("Thursday", "Friday")
    first = clean(other)
    clean(raw + " More text.")  # over the bound: the oldest result goes
    assert clean(other) is not first and clean(other) == first


@pytest.mark.parametrize("line", [
    "RTT – Radio Television Tarsovia",
    "BBC - British Broadcasting Corporation",
    "RTÉ – Raidió Teilifís Éireann",
    "By RTT News digital team",
    "By Harbour24 online desk",
    "By our correspondent",
    "By a staff reporter",
    "Share your experiences",
    "Were you stranded at an airport? Email newsdesk@echo.example with your story.",
    "Have YOU been hit by the strike? Email newsdesk@echo.example or WhatsApp us on 0800 555 212",
    "Were you on the train? Get in touch.",
    "Meridian Wire subscribers get real-time alerts, full results tables and analysis. "
    "Subscribe at meridianwire.com/subscribe.",
    "Join the debate — log in or register to comment",
    "Join the conversation",
    "This article was amended on 23 October 2026 to correct the name of Brennhof's premium brand.",
    "An earlier version of this story misstated the number of flights cancelled.",
    "Correction: The strike began on Wednesday, not Tuesday.",
    # a correction says what the article "said", and may be long or bulleted
    "An earlier version of this article said the strike began on Tuesday.",
    "• This article was amended on 23 October 2026 to correct the date.",
    "This story has been updated with additional information.",
    "Correction (4 March 2026): The strike began on Wednesday.",
    "Clarification, March 4: The union represents 1,200 controllers.",
    "Editor's note: This story has been updated with a statement from the union.",
    "Due to an editing error, an earlier version of this story misidentified the union's leader.",
    "Correction: An earlier version of this story said the strike began on Tuesday and that "
    "all flights from the capital's two airports had been cancelled, when in fact about half "
    "of them left on time, according to figures the airports published on Thursday evening "
    "after the walkout had ended.",
])
def test_mastheads_team_bylines_call_outs_and_notices_go(line):
    story = ["Controllers strike, grounding flights",
             "Air traffic controllers walked out on Wednesday, the ministry said."]
    assert clean("\n".join([story[0], line, story[1]])).text.split("\n") == story


@pytest.mark.parametrize("line", [
    "EU – Brussels Talks Fail",  # initials that are not the words after them: a headline
    "NHS – National Health Service Faces Biggest Strike",  # more words than initials
    "Are you flying this week? Call your airline.",  # advice: the reader calls the airline
    "Are you owed compensation? Contact your airline within 28 days",
    "Anyone with information should email tips@police.example.",
    "Did you fly on Wednesday? Thousands did not, the airport said.",
    "Customers can email help@kestrel.example, the company said.",
    "Residents can subscribe at alerts.korvan.gov to receive flood warnings, the council said.",
    "Voters who registered late could not log in or register to vote online, officials said.",
    "Join the debate on the future of the region, the governor urged voters.",
    "Turnout was high. Download speeds on the commission's website slowed to a crawl.",
    "The article was corrected on Friday after the ministry complained, the editor said.",
    "Corrections officers at the prison walked out in sympathy on Thursday.",
    "An earlier version of this report, published by the auditor in March, found no wrongdoing.",
    "This report was updated on Monday to include 2024 figures, the statistics office explained.",
    "This story has been changed into a musical that opens in May.",
])
def test_headlines_and_sentences_like_those_stay(line):
    story = ["Controllers strike, grounding flights",
             "Air traffic controllers walked out on Wednesday, the ministry said."]
    kept = clean("\n".join([story[0], line, story[1]])).text.split("\n")
    assert normalise_line(line) in kept


def test_a_pull_quote_repeating_the_article_goes_and_a_quotation_of_its_own_stays():
    page = ["Minister attacks strikers",
            "The minister accused the union of “holding an entire nation to ransom for the sake "
            "of a privileged few”.",
            "“Holding an entire nation to ransom for the sake of a privileged few”",
            "“We have waited for three years and nobody has listened to us.”",
            "Talks are due to resume on Monday."]
    result = clean("\n".join(page))
    assert result.text.split("\n") == [page[0], page[1], page[3], page[4]]
    assert [(r.text, r.detail) for r in result.removed] == [(page[2], "pull quote")]


@pytest.mark.parametrize("page", [
    # a headline that is only a quotation, which the article repeats
    ["“We will not negotiate with a gun to our head”",
     "The minister said: “We will not negotiate with a gun to our head, and they know it.”"],
    # a quotation lede the headline gives with its speaker
    ["Union leader: “We did not choose this fight, but we will finish it”",
     "“We did not choose this fight, but we will finish it.”",
     "That was the message from the union's leader on Wednesday."],
    # a statement set apart as its own paragraph, a full sentence, quoted again later
    ["Union rejects pay offer", "The union issued a one-line statement on Monday.",
     "“The offer is an insult to every controller in this country.”",
     "Its leader repeated that “the offer is an insult to every controller in this country”."],
])
def test_quotations_that_are_the_articles_own_stay(page):
    assert clean("\n".join(page)).text.split("\n") == page


def test_a_call_out_in_two_lines_goes():
    page = ["Controllers strike, grounding flights",
            "Air traffic controllers walked out on Wednesday, the ministry said.",
            "Have you been affected by the strike?",
            "You can share your experiences by emailing haveyoursay@news.example."]
    assert clean("\n".join(page)).text.split("\n") == page[:2]



def test_a_section_label_from_the_sites_menu_goes_above_the_headline():
    page = ["The Ledger", "Markets | Companies | Economy | Policy | Personal Finance | Opinion",
            "Sign in | Subscribe", "Policy",
            "Varda Construct shares slide after bribery conviction",
            "Shares in Varda Construct fell 11.6% on Tuesday after a court convicted its founder.",
            "Markets", "The stock closed at 4.12 euros, its lowest level since 2020."]
    result = clean("\n".join(page))
    assert result.text.split("\n") == page[4:]  # "Markets" below the article's start stays
    assert {r.text for r in result.removed} == set(page[:4])


@pytest.mark.parametrize("above", [
    # a short headline that is no entry of the menu, under the menu bar
    ["Daily Courier", "Home | World | Business | Sport", "Strikers walk out"],
    # a standfirst-like line before the menu is not a tagline when no site name heads it
    ["Strikers walk out across the country", "Home | World | Business | Sport"],
    # a live page's title that is also a menu entry, over the first paragraph
    ["Home | News | Ukraine war | Business | Sport", "Ukraine war"],
])
def test_a_short_headline_near_the_menu_stays(above):
    body = "Air traffic controllers walked out on Wednesday, the ministry said."
    kept = clean("\n".join([*above, body])).text.split("\n")
    assert above[-1] in kept or above[0] in kept
    assert body in kept


@pytest.mark.parametrize("page", [
    # a list page without a sentence: its subheads repeat the menu
    ["Home | World | Business | Sport | Weather", "Storm Darragh: what we know", "Weather",
     "Red warning for wind in south Wales", "Sport", "Saturday's matches postponed"],
    # a transcript pasted without final stops
    ["Home | Politics | Economy | Health", "Minister interview", "Politics",
     "The minister said the budget would be balanced by next year and taxes would not rise",
     "Health", "She said waiting lists had fallen by a tenth since January"],
])
def test_subheads_that_repeat_the_menu_stay_where_no_sentence_starts_the_article(page):
    assert clean("\n".join(page)).text.split("\n") == page[1:]


def test_a_broadcasters_head_a_ticker_strip_and_a_feedback_form_go_and_a_table_stays():
    page = ["Accessibility links", "Skip to content", "Home", "News", "Sport", "More menu",
            "Search ANB",
            "Drug maker recalls blood pressure tablets",
            "NRV.CB -6.2%", "CSX HEALTH CARE -1.1%",
            "Twelve batches of Tensalor are being recalled after a contaminant was found.",
            "Batch number\tStrength\tExpiry date",
            "TN25061, TN25062\t80mg\tJune 2027",
            "TN25121\t160mg\tDecember 2027",
            "Shares in Norvale fell 6.2% on Tuesday.",
            "Was this page useful?", "Yes", "No"]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == ["Drug maker recalls blood pressure tablets",
                    "Twelve batches of Tensalor are being recalled after a contaminant was found.",
                    "Batch number Strength Expiry date", "TN25061, TN25062 80mg June 2027",
                    "TN25121 160mg December 2027", "Shares in Norvale fell 6.2% on Tuesday."]


def test_a_row_of_menu_entries_over_a_line_without_figures_is_still_a_menu():
    page = ["News\tSport\tWeather\tPodcasts", "Floods force thousands from their homes",
            "Heavy rain caused the Lesna river to burst its banks on Monday."]
    assert clean("\n".join(page)).text.split("\n") == page[1:]


def test_a_sports_live_page_and_a_match_reports_furniture_go():
    page = ["Please turn on JavaScript to see live updates.",
            "Cup final live: Radnik 2-1 Borovac - as it happened",
            "Live reporting by Mirna Basic at the Vlah Stadium",
            "Refresh", "Show key events only",
            "FT", "It's over, and Radnik have won the cup for the first time in 39 years!",
            "90+5 min", "Borovac keeper joins the attack",
            "Half-time: Borovac 1-0 Radnik",
            "45+2'", "Hadzic heads against the bar.",
            "BET NOW: Radnik 33/1 for the league! 18+ | T&Cs apply | Please gamble responsibly"]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == [page[1], page[6], page[8], page[9], page[11]]


def test_a_broadsheets_label_byline_at_a_venue_newsletter_box_and_writers_note_go():
    page = ["Match report",
            "Tkachuk the hero as Radnik end 39 years of hurt",
            "Vesna Karlovic at the Stadion Vlaha",
            "Sun 24 May 2026 21.55 CEST",
            "Listen to this article · 4 min",
            "Radnik beat Borovac 2-1 in the cup final on Sunday.",
            "Sign up to Final Whistle", "Free weekly newsletter",
            "Our football writers’ verdict on the weekend’s action, every Monday morning",
            "Enter your email address", "Sign up",
            "Privacy Notice: Newsletters may contain info about charities, online ads, and "
            "content funded by outside parties. For more information see our Privacy Policy.",
            "Some 44,000 packed into the stadium.",
            "Vesna Karlovic is the Halvik Chronicle’s chief football writer."]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == [page[1], page[5], page[12]]


def test_a_note_about_a_writer_the_byline_does_not_name_is_news():
    page = ["Chronicle appoints new sports desk",
            "By Anna Kowalski",
            "The Halvik Chronicle has restructured its sports coverage.",
            "Vesna Karlovic is the Halvik Chronicle’s chief football writer."]
    assert clean("\n".join(page)).text.split("\n") == [page[0], page[2], page[3]]


def test_a_section_label_under_a_menu_of_four_entries_goes():
    page = ["Menu", "Search", "News   Sport   Weather   Travel",
            "Accept cookies? We and our partners use cookies to personalise content and ads.",
            "Europe",
            "Lisbon port blaze: 12 hurt as hundreds evacuated",
            "A large fire at a warehouse in Lisbon's port has injured 12 people, officials say."]
    assert clean("\n".join(page)).text.split("\n") == page[5:]


@pytest.mark.parametrize("line", [
    "Experts advised users to enable JavaScript only on sites they trust until a patch is out.",
    "Why some banks still ask customers to enable JavaScript",
    "Adverts must now tell punters to gamble responsibly",
    "UK GDP -0.3%",
    "90 minutes",
])
def test_news_near_the_new_furniture_patterns_stays(line):
    page = ["Regulator acts", "The regulator published its findings on Monday.", line,
            "The rules take effect in June."]
    assert clean("\n".join(page)).text.split("\n") == page


def test_a_results_box_stays_and_index_lines_go_only_beside_a_quote():
    box = ["REF +12.3%", "LAB -1.2%", "CON -19.9%"]
    page = ["Reform surges in by-election", "Reform won the seat on Thursday.", *box,
            "Turnout was 38 per cent."]
    assert clean("\n".join(page)).text.split("\n") == page
    ticker = ["Shares slide after recall", "NRV.CB -6.2%", "CSX 100 -0.3%",
              "Norvale shares fell 6.2% on Tuesday."]
    assert clean("\n".join(ticker)).text.split("\n") == [ticker[0], ticker[3]]


@pytest.mark.parametrize("note", [
    "Anna Kowalski is a senior reporter at the Courier who was sued for libel in 2024.",
    "John Doe is the Chronicle's chief foreign correspondent and was detained in March.",
])
def test_news_about_the_writer_is_not_the_writers_note(note):
    page = ["Reporter freed", "By Anna Kowalski-Smith and John Doe",
            "The reporter was released on Friday after three weeks in custody.", note]
    assert note in clean("\n".join(page)).text.split("\n")


def test_a_subhead_between_two_lines_of_a_newsletter_box_stays():
    page = ["Budget passes", "The budget passed on Tuesday by 87 votes to 62.",
            "Sign up for our newsletter", "What happens next", "Enter your email address",
            "The bill now goes to the senate."]
    assert "What happens next" in clean("\n".join(page)).text.split("\n")


@pytest.mark.parametrize("line", [
    "March 4, 2026 5:00 a.m. ET",
    "Lorraine Castell at the Halvorsen Auditorium in 1974. Photograph by Ruth Beckley / Meridian "
    "Archive",
    "The views expressed are the author's own.",
    "Found a mistake? Select the text and press Ctrl+Enter.",
    "Have an opinion? Send us a letter to the editor at letters@lakeshoreledger.com.",
    "Do Not Sell or Share My Personal Information",
    "For the latest news, weather, sports, and streaming video, head to KXRV 7 News Millbrook.",
    "EUR/USD 1.0842",
])
def test_furniture_of_stations_opinion_pages_and_magazines_goes(line):
    story = ["Boil-water advisory lifted", "The city lifted its boil-water advisory on Tuesday."]
    assert clean("\n".join([story[0], line, story[1]])).text.split("\n") == story


@pytest.mark.parametrize("line", [
    "The views expressed by residents at Tuesday's meeting were overwhelmingly hostile.",
    "Letters to the editor published this week criticised the plan.",
    "Photographs by Dorothea Lange hang in the museum's east wing.",
])
def test_news_in_those_words_stays(line):
    story = ["Council vote delayed", "The council delayed its vote on Tuesday.", line]
    assert clean("\n".join(story)).text.split("\n") == story


def test_press_release_and_newsletter_furniture_goes():
    """From held-out story17 (a university press release, a health site, a newsletter)."""
    story = ["Fermented foods linked to lower risk of diabetes, study finds",
             "Adults who regularly eat fermented foods are less likely to develop type 2 "
             "diabetes, according to new research from Hollvik University of Medical Sciences.",
             "The research team analysed data from 2 418 men and women aged 45 to 75.",
             "Those who ate fermented foods five or more times a week were 24% less likely to "
             "develop the disease."]
    page = ["Skip to main content", "Hollvik University of Medical Sciences",
            "Study | Research | Hospital & Clinics | Alumni | Contact", "‹ Back to news",
            story[0], "By Hannah Okafor, Health Reporter | Published 10 November 2026, 18:40 | "
            "Medically reviewed by Dr Sam Whitlock", *story[1:], "GET THE LATEST HEALTH NEWS",
            "We will use your email address only for sending you newsletters. Please see our "
            "Privacy Notice for details of your data protection rights.",
            "This article is for information only and should not replace advice from your "
            "doctor or other healthcare professional.",
            "If a friend forwarded you this, you can sign up below — it’s free, and I never "
            "send more than one email a week.", "38 likes · 6 restacks",
            "Share · Leave a comment", "###", "Media contact",
            "Email: press@hums.vl | Tel: +00 21 555 0148",
            "About Hollvik University of Medical Sciences",
            "Founded in 1897, Hollvik University of Medical Sciences is the country's oldest "
            "medical school and educates more than 11,000 students.",
            "Hollvik University of Medical Sciences | Tornvägen 12, 0150 Hollvik",
            "Page last updated: 12 May 2027"]
    assert clean("\n".join(page)).text.split("\n") == story


def test_look_alikes_of_press_release_furniture_stay():
    news = ["Back to school",
            "The figures are for information only, the ministry said, and may be revised.",
            "Hollvik University of Medical Sciences",  # the headline: no footer repeats it
            "The university was founded in 1897 and now educates more than 11,000 students.",
            "###",  # no article above it: it ends nothing
            "It also runs Hollvik University Hospital, the largest in the country."]
    assert clean("\n".join(news)).text.split("\n") == [news[k] for k in (0, 1, 2, 3, 5)]


def test_wire_statistics_office_and_live_page_furniture_goes():
    """From held-out stories 19 (inflation figures) and 20 (a protest)."""
    story = ["Inflation jumps to 4.7% as energy bills bite",
             "KOLTRAVA, April 14 (Fennick) - Ardesia's annual consumer price inflation "
             "accelerated to 4.7% in March from 4.2% in February, the statistics office said.",
             "Police fire teargas on Liberty Bridge",
             "Police fired teargas at protesters who tried to cross Liberty Bridge on Saturday.",
             "‘Eaten by the gas bill’",
             "“My pension went up in January, but it has already been eaten by the gas bill,” "
             "she told RTA.",
             "Listen to shoppers at Koltrava’s Central Market and the complaint is the same: "
             "everything costs more.",
             "Consumer price index figures for April 2026 will be published on 13 May 2026."]
    page = ["Skip to main content", "Statistical Office of the Republic of Ardesia",
            "Home | Statistics | Publications | Data portal | About us", "Statistical release",
            "Release date: 14 April 2026, 09:00", "Next release: 13 May 2026", "Summary",
            "Companies", "Automotive", story[0], "ARK=  24.850  +0.40%",
            "AR2YT=RR  4.862%  +12.1bp", ".KSX30  1,842.17  -0.81%", story[1],
            "16:07 Police fire teargas on Liberty Bridge", "Updates paused", story[2], story[3],
            "— Mira Dolenc (@MiraDolencSRTV) March 6, 2027", story[4], story[5],
            "Listen to Morning Report: Governor Drážek on the inflation figures", story[6],
            "Table 1. Key indicators", story[7], "Download data (CSV)",
            "Download release (PDF, 412 kB)", "Open table in data portal",
            "📬 Subscribe to the Newsfold Serevia digest — one email every weekday morning.",
            "Exclusive news, data and analytics for financial market professionals",
            "Related releases", "Producer Price Index – March 2026 (published 21 April 2026)",
            "Average Monthly Wages – February 2026",
            "© Statistical Office of the Republic of Ardesia, 2026. Reproduction of data is "
            "permitted provided the source is acknowledged."]
    assert clean("\n".join(page)).text.split("\n") == story


def test_look_alikes_of_wire_and_statistics_furniture_stay():
    news = ["Inflation figures due",
            "Table 1 shows the figures for every region of the country.",
            "Download speeds rose 12% in 2025, the regulator said.",
            "GDP 2.1 +0.3",
            "Summary of the findings was published on Tuesday by the ministry."]
    assert clean("\n".join(news)).text.split("\n") == news


def test_republished_statement_and_newsletter_signature_furniture_goes():
    """From held-out story20's police statement on an aggregator and story17's newsletter."""
    story = ["Police arrest 47 after fuel protest",
             "On Saturday a public gathering organised by the union was held in Dravnik, "
             "beginning at 12:00 on Liberty Square.",
             "The Directorate is working to identify other persons who took part in the "
             "violence, using video recordings from the scene."]
    page = ["Originally published by the Dravnik Police Directorate on 7 March 2027, 10:30. "
            "Republished in full.", "PRESS RELEASE No. 112/2027", story[0],
            "Dravnik, 7 March 2027", story[1], story[2],
            "Dravnik Police Directorate — Public Relations Office",
            "Newsfold republishes official statements in full and without editing. Newsfold is "
            "not responsible for their content.",
            "Tomas Hedberg is a science journalist and former clinical research nurse based in "
            "Hollvik. He writes The Gut Check every Saturday.",
            "© 2027 Tomas Hedberg · Privacy · Terms · Unsubscribe"]
    assert clean("\n".join(page)).text.split("\n") == story
    news = [story[0], "Dravnik, 7 March 2027, was a day of anger in the capital.",
            "The minister is not responsible for the content, her office said.",
            "Ana Petrova is a journalist at the state broadcaster. She writes about crime.",
            story[2]]  # no byline or copyright line names Ana Petrova
    assert clean("\n".join(news)).text.split("\n") == news


@pytest.mark.parametrize("line", [
    "ChatGPT should not replace medical advice, regulator warns",
    "Flood maps for information only, council admits",
    "FCA tightens rules for market professionals",
    "Get our hostages home, families tell Netanyahu",
    "Get the latest jab now, NHS urges over-65s",
    "Meta is not responsible for its content, EU court rules",
    "Originally published in 1851, the newspaper has been sold to a US hedge fund for £600m.",
    "Originally published by the health ministry in March, the guidelines were withdrawn.",
    "Residents can sign up now for flood alerts from the Environment Agency.",
    "Under the 1996 law, a platform is not responsible for its content unless warned about it.",
    "The Herald's survival depends on readers like you, its owner wrote on Sunday.",
])
def test_headlines_and_news_like_session_12_furniture_stay(line):
    """Found by a review of session 12's rules: each was removed, as a headline or inside."""
    body = ["Heavy rain caused the river to burst its banks on Monday, flooding six villages.",
            "By Tuesday, rescuers had pulled 14 bodies from the water, officials said.",
            "The regional governor declared a state of emergency in three districts."]
    for page in ([line, *body], ["Floods hit the valley", body[0], line, *body[1:]]):
        assert normalise_line(line) in clean("\n".join(page)).text.split("\n")


def test_a_section_break_of_three_hashes_ends_no_article():
    page = ["Floods hit the valley",
            "Heavy rain caused the river to burst its banks on Monday, flooding six villages.",
            "By Tuesday, rescuers had pulled 14 bodies from the water, officials said.",
            "The regional governor declared a state of emergency in three districts.",
            "###", "Part two: the view from the regions",
            "In the north, farmers said the water had never risen so fast in living memory."]
    assert clean("\n".join(page)).text.split("\n")[-2:] == page[-2:]


# Session 13: furniture from held-out stories 21-24 and from pastes of real site families
# (WordPress and tabloid comments, GOV.UK's cookie banner, Substack, agencies' self-descriptions,
# caption credits, print-edition notes), each line between two article sentences.
@pytest.mark.parametrize("line", [
    "Rui Valadão leaves the Ministry of Infrastructure on Tuesday. Image source: RPL/Filipe Moura",
    "Additional reporting: LNA",
    "Inside the Chamber · Issue #212 · Wednesday 18 March 2026",
    "Inside the Chamber is written by Teresa Bragança, a former correspondent. "
    "Tips: teresa@insidethechamber.news",
    "You're receiving this because you subscribed to Inside the Chamber. Unsubscribe · "
    "Manage preferences",
    "Meridian Press, the news and media division of Meridian Group, is the world's largest "
    "multimedia news provider, reaching billions of people worldwide every day.",
    "Solidaris Orsenia is a registered foundation (no. 118/2004) and publishes audited accounts "
    "every year.",
    "This bulletin may be reproduced freely, with citation of the source.",
    "Raised so far: 412,380 florins of 1,500,000",
    "Get the Evening Post’s morning briefing",
    "[Image: A woman carries a child through knee-deep water. © Solidaris Orsenia / Radu Pop]",
    "[ADVERTISEMENT]",
    "About the author: Rasmus Eklund has photographed aircraft at Halvik for years. He runs "
    "The Crosswind Log.",
    "Press Office — ANSU",
    "Live coverage by Simona Pârvu in Brelova, with correspondents Andrei Dobre in Sânpetru",
    "Show all",
    "DONATE NOW",
    "Published 17 September 2029 · Solidaris Orsenia Communications Team",
    "LOCAL NEWS | 17.09.2029 15:45 | Updated 17:20",
    "Newsletter: receive news about our projects once a month [your e-mail] Subscribe",
    "Media enquiries: press@svhn.dr · +398 40 220 100 (24 hours)",
    "Radio Vocea Oltavei 98.6 FM – logo",
    "Varnesian Aviation Safety Authority – logo, link to front page",
    "Search vasa.example",
    "← Bulletin No. 3 | All press releases",
    "4 thoughts on “Timeline: How the Castlegate library saga unfolded”",
    "Leave a Reply Cancel reply",
    "Your email address will not be published. Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "The comments below have not been moderated.",
    "The views expressed in the contents above are those of our users and do not necessarily "
    "reflect the views of MailOnline.",
    "We are no longer accepting comments on this article.",
    "Click to share on Facebook (Opens in new window)",
    "Share Article via LinkedIn",
    "We use some essential cookies to make this website work.",
    "We’d like to set additional cookies to understand how you use GOV.UK, remember your "
    "settings and improve government services.",
    "Accept & continue",
    "OK, got it",
    "Thanks for reading The Plain Ledger! This post is public so feel free to share it.",
    "Get the day's top stories delivered to your inbox each morning.",
    "Got a confidential news tip? We want to hear from you.",
    "This material may not be published, broadcast, rewritten, or redistributed.",
    "A version of this article appears in print on March 2, 2026, Section A, Page 14.",
    "This article appears in the March 2026 print edition with the headline “The Last "
    "Repairmen.”",
    "Powered by BLOX Content Management System from TownNews.com.",
    "Reporting from Bergen, Norway",
    "Jordan Whitlock @JWhitlockTV",
    "Keep reading",
    "list of 4 items",
    "Related article",
    "Read: Kenya ranks among top maize importers in East Africa",
    "From 1h ago",
    "The cameras will be linked to the command centre. (Express Photo by Arul Horizon)",
    "Walt Brenneman in his workshop in Lorain, Ohio (Eli Harmon for The Atlantic)",
    "A plume of smoke rises over the ridge (Boulder County Sheriff's Office via AP)",
    "Farmers inspect a maize field in Rongai on February 24, 2026. | Joseph Kimani | Nation "
    "Media Group",
    "The store on Oxford Street will remain open © Tolga Akmen/Bloomberg",
    "Kevin Dietsch/Getty Images",
    "BBC/Eleanor Pask",
    "Herald file photo",
    "Photographs by Eli Harmon for The Atlantic",
])
def test_session_13_furniture_goes(line):
    story = ["Controllers strike, grounding flights",
             "Air traffic controllers walked out on Wednesday, the ministry said."]
    assert clean("\n".join([story[0], line, story[1]])).text.split("\n") == story


@pytest.mark.parametrize("line", [
    "Anyone with information should email tips@police.example.",
    "The hackers said victims could contact them at blackmoth@onionmail.org.",
    "Patients can email questions to help@svhn.org.",
    "Search continues",
    "Reporting by local media suggested the dam was safe.",
    "Coverage by state television was criticised by the opposition.",
    "The charity is a registered foundation and has worked in the valley since 1998.",
    "Read the full statement below.",
    "We use cookies as an example of how the law reached every website, the regulator said.",
    "The minister said the cameras had been paid for (for the first time) by the city.",
    "Related offences carry a sentence of up to ten years.",
    "Comments by the minister angered the union.",
    "Two thoughts dominated the debate.",
])
def test_news_like_session_13_furniture_stays(line):
    story = ["Controllers strike, grounding flights",
             "Air traffic controllers walked out on Wednesday, the ministry said."]
    kept = clean("\n".join([story[0], line, story[1]])).text.split("\n")
    assert normalise_line(line) in kept


def test_teaser_headlines_with_their_dates_go_after_a_label():
    page = ["Minister resigns over expenses",
            "The infrastructure minister resigned on Tuesday evening, the prime minister said.",
            "More on this story", "What are the rules on ministers’ expenses?", "13 March 2026",
            "Valadão: ‘Every claim was approved’", "13 March 2026",
            "Regional elections 2026: the key races", "2 March 2026"]
    assert clean("\n".join(page)).text.split("\n") == page[:2]


def test_a_menu_in_sentence_case_goes_between_title_case_entries_and_the_headline_stays():
    page = ["Solidaris Orsenia", "Donate now", "Who we are", "What we do", "Emergencies",
            "Get involved", "News", "Contact", "",
            "Families have lost everything",
            "In a single night, the storm turned the valley into a lake, the charity said."]
    assert clean("\n".join(page)).text.split("\n") == page[-2:]


def test_a_pasted_table_stays_and_its_rows_are_not_a_menu():
    page = ["Greens take control of Westfield council",
            "The Green Party has taken control of the council, winning 24 of the 45 seats.",
            "Full results", "Party\tSeats\tChange", "Green\t24\t+15", "Conservative\t9\t-13",
            "Liberal Democrat\t7\t+1",
            "Turnout was 36.8%, up from 31.2% at the last election in 2022."]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == [normalise_line(x) for x in page]


def test_the_sites_name_beside_its_tagline_goes_when_its_copyright_line_has_it():
    story = ["Information bulletin No. 4",
             "The number of deceased persons confirmed is 11, the agency said.",
             "Six persons are reported missing."]
    foot = ["© 2029 Fundația Solidaris Orsenia · Privacy policy · Cookies"]
    page = ["Solidaris Orsenia – together for people in need"] + story + foot
    assert clean("\n".join(page)).text.split("\n") == story
    # beside a headline, the site's name leaves the headline where it is
    titled = ["Budget passes after marathon debate | Solidaris Orsenia"] + story[1:] + foot
    assert clean("\n".join(titled)).text.split("\n")[0] == titled[0]


def test_an_address_left_in_the_pages_foot_goes_and_a_closing_line_of_the_article_stays():
    foot = ["Was this page helpful?", "Yes", "No", "Varnesian Aviation Safety Authority (VASA)",
            "Postboks 118, Sentrum, 0104 Halvik", "Privacy", "Accessibility statement",
            "Cookies", "Follow us on LinkedIn"]
    story = ["Engine failure forces landing at Trøndal",
             "The authority has opened a safety investigation into the incident, it said.",
             "A preliminary report will be published within 30 days."]
    assert clean("\n".join(story + foot)).text.split("\n") == story
    # without the page's foot below it, a short last line is the article's
    short = story + ["Next update at 18:00"]
    assert clean("\n".join(short)).text.split("\n") == short


# From a second review that tried real-news look-alikes against each new rule: timelines, live
# entries, fixtures, tech news about inboxes, tax news, headlines about coverage, photographs and
# research, "N thoughts on" columns, MPs' constituencies in brackets, polls, golf scores.
@pytest.mark.parametrize("line", [
    '12 March 2020 – WHO declares a global pandemic',
    '23 March 2020 – First national lockdown begins',
    '1 May 1997 – Labour wins a landslide',
    'March 2020 — First national lockdown begins',
    '09:15 – Air raid sirens across Kyiv',
    '10:45 – Starmer arrives at Downing Street',
    '2.15pm – Scotland take the lead',
    '14:32 · Police fire teargas on Liberty Bridge',
    'June 14 – London, Wembley Stadium',
    'Saturday 3 May – Arsenal v Bournemouth',
    'Arsenal 2 Chelsea 1 · Premier League · 26 October',
    'Day 3 | Monday, June 30',
    'Friday, 14 June — What we know so far',
    'Tuesday 5 March – at a glance',
    'London, 14 June 2025 — Statement from the family',
    'Nuremberg, 1 October 1946 — the verdicts',
    'Google said the change would reduce the number of spam messages sent to your inbox.',
    '“We want fewer marketing emails sent to your inbox,” said Ofcom chief executive Ann Dawes.',
    'Apple says the feature will stop marketing emails going straight to your inbox.',
    'Substack, which lets writers send newsletters straight to your inbox, raised $65m.',
    'Donations are tax-deductible only if the recipient is a registered charity, officials said.',
    'Under the scheme, donations are tax-deductible up to a limit of £10,000 a year.',
    'Previous post holders include former prime minister Gordon Brown and Lord Patten.',
    'Next post office to close is in Hill Street, the company said.',
    'Previous post-war governments had resisted the change.',
    "The template displayed {{ username }} instead of the customer's name, the company said.",
    'Newspapers in Ireland are subject to a self-regulation regime overseen by the Press Council.',
    'Live updates from Kyiv as Russia launches biggest drone attack',
    'Live coverage from Wimbledon',
    'Coverage by Fox News angers families of victims',
    'Reporting by BBC under scrutiny after Panorama edit',
    'Reporting from Gaza: the journalists who stayed',
    'Blog by Jane Smith wins Orwell Prize',
    'Photographs by Dorothea Lange go on show in Bristol',
    'Illustrations by Quentin Blake to go on display at Roald Dahl museum',
    "Images by Nasa's James Webb telescope reveal new galaxies",
    'Research: Four-day week boosts productivity',
    'Five thoughts on ‘The Last of Us’ season finale',
    'Two responses to “the housing crisis” have emerged in the debate.',
    'Posted in Kabul: the Marine who saved 40 interpreters',
    'Posted on Facebook, the video was viewed more than 2 million times',
    'Part of the Adani Group',
    'Newsletter editors say readers are more likely to subscribe',
    'Powered by WordPress, the site hosted more than 400 stolen articles, investigators said.',
    'Search continues:',
    'The 2025 issue',
    'Michael Gove (Conservative MP for Surrey Heath)',
    '“We will not give up,” said Diana Johnson (Labour MP for Hull North)',
    'Reuters/Ipsos Poll',
    'AP/NORC Poll',
    'Tiger Woods +12 (75-77)',
    'The Times has reported on failings at the unit since 2021.',
])
def test_news_like_session_13_furniture_stays_after_review(line):
    story = ["Controllers strike, grounding flights",
             "Air traffic controllers walked out on Wednesday, the ministry said."]
    kept = clean("\n".join([story[0], line, story[1]])).text.split("\n")
    assert normalise_line(line) in kept


def test_a_short_headline_between_a_menu_and_a_byline_stays():
    for below in (["Jane Smith"], ["Share · Comments"]):
        page = ["Home", "News", "Sport", "Weather", "Rovers beat City", *below,
                "Rovers won the derby on Saturday with two late goals, the club said."]
        assert clean("\n".join(page)).text.split("\n")[0] == "Rovers beat City"


def test_an_articles_closing_lines_stay_above_a_long_foot():
    story = ["Former mayor dies at 91",
             "Margaret Hale, who led the city council for 12 years, has died, her family said.",
             "Born 3 June 1934", "Died 12 March 2026"]
    foot = ["Advertisement", "Most read", "Privacy Policy", "Cookie settings", "Terms of use",
            "Accessibility", "Contact us", "© 2026 Springfield Courier"]
    assert clean("\n".join(story + foot)).text.split("\n") == story


def test_a_table_of_names_and_votes_stays():
    page = ["Council votes to close pool",
            "Councillors voted on Tuesday to close the pool, the council said.",
            "Councillor\tVote", "Ann Lee\tFor", "Bob Hart\tAgainst", "Cara Diaz\tFor",
            "The pool will close in May."]
    assert clean("\n".join(page)).text.split("\n") == [normalise_line(x) for x in page]


@pytest.mark.parametrize("line", [
    "Accuracy and availability of NPR transcripts may vary.",
    "hide caption",
    "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians.",
    "Bookmark popover",
    "Get the biggest daily news stories by email",
    "Before it's here, it's on the Bloomberg Terminal.",
    "—With assistance from Jane Roe.",
    "Find out what's happening in Montclairwith free, real-time updates from Patch.",
    "Story continues",
    "Read Time: 3 min",
    "https://p.dw.com/p/4Rk7Q",
    "Posted 4h ago4 hours ago, updated 2h ago2 hours ago",
    "Snow covers the square on ThursdayImage: Bernd Kalle/dpa/picture alliance",
    "Residents clear debris in Lismore (ABC North Coast: Will Cattermole)",
    "Darian Oakes/NPR",
])
def test_sites_fixed_wording_goes(line):
    story = ["Controllers strike, grounding flights",
             "Air traffic controllers walked out on Wednesday, the ministry said."]
    assert clean("\n".join([story[0], line, story[1]])).text.split("\n") == story


@pytest.mark.parametrize("line", [
    "(SOUNDBITE OF CASH REGISTER)",
    "March 5, 2020 – First national lockdown begins",
    "The story continues to unfold, officials said.",
    "Let's go back to the beginning, the minister said.",
])
def test_news_near_sites_fixed_wording_stays(line):
    story = ["Controllers strike, grounding flights",
             "Air traffic controllers walked out on Wednesday, the ministry said."]
    kept = clean("\n".join([story[0], line, story[1]])).text.split("\n")
    assert normalise_line(line) in kept


@pytest.mark.parametrize("line", [
    "Keep reading", "Read more", "LEARN MORE", "Nearby:",
    "Be respectful. This is a space for friendly local discussions.",
    "Stay ahead of the curve with our weekly guide to the latest news",
    "Tonight: Freezing drizzle ends. Low 29.",
    "Hey Metro Detroit! Get the latest news, weather, and more on the 7 News Detroit app.",
    "NEWYou can now listen to Fox News articles!",
    "Salmon farms off the coast of Norway.Photographer: Carina Johansen/Bloomberg",
    "Data: Congressional Budget Office; Chart: Axios Visuals",
    "03/05/2026March 5, 2026",
    "The Verge logo.",
])
def test_more_sites_widgets_and_buttons_go(line):
    story = ["Controllers strike, grounding flights",
             "Air traffic controllers walked out on Wednesday, the ministry said."]
    assert clean("\n".join([story[0], line, story[1]])).text.split("\n") == story


@pytest.mark.parametrize("line", [
    "Today: the minister will meet union leaders, with a high 41 per cent turnout expected.",
    "Read more about the plan on the council's website.",
    "Be respectful, the judge told the court.",
])
def test_news_near_widgets_and_buttons_stays(line):
    story = ["Controllers strike, grounding flights",
             "Air traffic controllers walked out on Wednesday, the ministry said."]
    kept = clean("\n".join([story[0], line, story[1]])).text.split("\n")
    assert normalise_line(line) in kept


# Session 16: what pastes of the big sites' pages still kept (written from memory of their
# layouts, checked against tests/data/pastes)
FLOOD = ["Floods kill 21 in Verania as rivers rise",
         "At least 21 people have died in floods in central Verania, officials said Tuesday.",
         "About 4,000 people were evacuated, the Interior Ministry said."]


def _cleaned(lines):
    """The lines of a page kept by cleaning."""
    return clean("\n".join(lines)).text.split("\n")


def _kept_between_paragraphs(line):
    """The lines kept when `line` stands between two paragraphs, where a short line could pass
    for a subheading."""
    return _cleaned([FLOOD[0], FLOOD[1], line, FLOOD[2]])


@pytest.mark.parametrize("line", [
    "US edition", "Europe edition", "International edition", "The Guardian - Back to homepage",
    "The Guardian - Back to homeThe Guardian", "See all topics", "mailto",
])
def test_edition_switchers_and_logo_links_go(line):
    text = clean("\n".join([FLOOD[0], line, *FLOOD[1:]])).text
    assert text.split("\n") == FLOOD


def test_a_teaser_after_related_article_goes_and_elsewhere_on_a_site():
    raw = [*FLOOD, "Related article", "Verania braces for more heavy rain this week",
           "Rescuers reached the last cut-off village on Wednesday morning, the army said.",
           "Elsewhere on the BBC", "Copyright 2026 BBC. All rights reserved."]
    kept = clean("\n".join(raw)).text.split("\n")
    assert kept == [*FLOOD, raw[5]]


def test_a_caption_under_its_bare_credit_goes_but_a_headline_or_sentence_there_stays():
    caption = "Rescue teams have been working through the night"
    raw = [FLOOD[0], "3 hours ago", "Getty Images", caption, *FLOOD[1:],
           "Image caption,", "The river burst its banks in Drava on Monday", FLOOD[2] + " Again."]
    kept = clean("\n".join(raw)).text.split("\n")
    assert caption not in kept and "The river burst its banks in Drava on Monday" not in kept
    assert FLOOD[1] in kept
    # the page's first line is its headline, credit or not; a full sentence is a paragraph
    top = clean("\n".join(["Getty Images", FLOOD[0], *FLOOD[1:]])).text.split("\n")
    assert top == FLOOD
    said = "Rescue teams worked through the night, the army said."
    kept = clean("\n".join([FLOOD[0], "Getty Images", said, *FLOOD[1:]])).text.split("\n")
    assert said in kept


def test_the_bylined_writer_named_again_at_the_foot_with_a_one_word_bio_goes():
    raw = [FLOOD[0], "By  ANNA SMITH", "Updated 6:42 PM UTC, November 3, 2026", *FLOOD[1:],
           "ANNA SMITH", "Smith covers Central Europe for The Associated Press."]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # news about someone else with the same kind of sentence stays
    other = "Halek covers the ministry's response for parliament's flood committee."
    kept = clean("\n".join([*raw[:-2], "TOMAS HALEK", other])).text.split("\n")
    assert other in kept and "TOMAS HALEK" in kept


def test_a_writer_who_joined_the_paper_and_covers_a_beat_goes_only_when_bylined():
    note = ("Ambrose Lai joined the Post in 2019 and covers transport and infrastructure. "
            "He previously worked at a Cantonese-language newspaper.")
    raw = [FLOOD[0], "Ambrose Lai", "Published: 6:42pm, 3 Nov 2026", *FLOOD[1:], note]
    assert note not in clean("\n".join(raw)).text
    unsigned = [FLOOD[0], *FLOOD[1:], note]
    assert note.split(". ")[0] in clean("\n".join(unsigned)).text


@pytest.mark.parametrize("line", [
    "Police tape outside the east wing of the museum on Tuesday morning. LPB / Tomo Rasić",
    "Rescuers carry a survivor in the port of Lukovac, October 14, 2028. Meridian/Nikola Brkan",
    "The overturned hull of the ferry off Capo Ostra on Saturday (photo ANSAR / KOS)",
    "Content is provided for personal, non-commercial use only. Redistribution is prohibited "
    "without prior written consent.",
    "Reproduction, even partial, is prohibited without written permission.",
    "© ALL RIGHTS RESERVED",
    "Comments are subject to our community guidelines. View all 327 comments",
    "By signing up you agree to our privacy notice.", "Search this site",
    "📻 Stay with Radio Lukovac on 98.4 FM and online for updates through the night.",
    "🎧 Listen to Episode 212: Spotify · Apple Podcasts · YouTube",
    "Support the pod: every Patreon member gets the ad-free feed and a bonus episode.",
    "This article was translated from the Aurese edition with the help of automatic tools and "
    "checked by our editors. Read the original in Aurese.",
    # stories 34 and 35
    "1,482 comments", "⏱ 5 min read", "QUICK FACTS",
    "Download: Draft State Budget 2028 (PDF, 4.2 MB)", "Karin Oduya, Business correspondent",
])
def test_held_out_stories_31_to_35_furniture_goes(line):
    assert _kept_between_paragraphs(line) == FLOOD


@pytest.mark.parametrize("line", [
    "Reproduction of the painting is prohibited, the museum said, because it is on loan.",
    "The ministry said the report was for personal use only by the minister's staff.",
    "Next: the minister will meet the families on Thursday.",
    "Fans must stay with the team through a difficult season for the latest signings to work.",
    "The club's crest was redesigned in 1998 after a vote of members.",
    "Copyright",
    "Police say the thieves fled towards Hallan. Officers from Veskar / Hallan Joint Unit "
    "followed them.",
])
def test_news_near_the_new_furniture_wording_stays(line):
    assert normalise_line(line) in _kept_between_paragraphs(line)


def test_furniture_that_is_furniture_only_where_furniture_stands():
    top = ["Kastel City FC crest", "Coat of arms of the Republic of Corvenia", "US edition",
           "Your city. Your news."]
    foot = ["Previous: Search and rescue operation for the ferry – update no. 3",
            "Next: Weather warning for the southern coast – bora, 15 October 2028"]
    form = ["Get our morning briefing", "Sign up for our newsletter", "Your email", "Sign up"]
    raw = [*top, *FLOOD, *form, *foot]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # inside the article the same words are the article's
    inside = ["The controversy over the club crest", "Coat of arms of the new municipality",
              "Europe edition", "Next: a vote in the full Senate, expected in early March"]
    for line in inside:
        kept = clean("\n".join([FLOOD[0], FLOOD[1], line, FLOOD[2]])).text.split("\n")
        assert line in kept, line


def test_a_writers_note_right_under_the_byline_goes():
    raw = [FLOOD[0], "By Clara Heyns | 14 November 2028 | 6 min read",
           "Clara Heyns is The Easel Review's heritage editor.", *FLOOD[1:]]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD


def test_a_teaser_list_under_dont_miss_goes():
    raw = [*FLOOD, "DON’T MISS", "Reality star’s wedding chaos as groom stuck in lift",
           "Lotto: Veskar mum scoops €2m on birthday ticket"]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD


LOOKALIKES = json.loads((Path(__file__).resolve().parent.parent / "data" / "lookalikes" /
                         "cleaning_session16.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", LOOKALIKES, ids=[c["id"] for c in LOOKALIKES])
def test_news_that_looks_like_session_16s_furniture_stays(case):
    kept = clean("\n".join(case["lines"])).text.split("\n")
    assert case["keep"] in kept


# Session 17: what held-out stories 36-40 kept
@pytest.mark.parametrize("line", [
    "Related content: What are my rights if my bank goes down?",
    "Our editorial code: How Meridian reports the news", "License this article",
    "The Tellus Trust Principles.",
    "Tellus Sport, the sports news division of Tellus Media, is the world's largest multimedia "
    "sports news provider.",
    "Previous decision | Next decision", "Was this page helpful? Yes / No",
    "SEE PAGES 62-63: How Milena went from national hero to zero",
    "UPDATE 21:05",
    "Updated by Andreea Munteanu in the studio, with Paul Oprea at the Stejaru pithead",
    "Live reporting: Katarina Lovrić and Dino Šestan (Veldrin), Ivana Mrak (Šalovec)",
    "Issued 14 October 2031 at 18:30 local time (16:30 UTC). This bulletin replaces Bulletin "
    "No. 3.",
    "Karsovian Seismological Institute · Geofizička 12, 10000 Veldrin · (01) 555 0199 · "
    "info@ksi.gov.ks",
    "Subscribe to the Herald – unlimited access from KM 4.99 a month.",
    "… we have a small favour to ask. Millions of readers turn to the Courier for independent "
    "journalism. If you can, please support us from just 2 crowns – it only takes a minute.",
    "NEWS  |  TRAGEDY IN THE JIUREL",
])
def test_held_out_stories_36_to_40_furniture_goes(line):
    assert _kept_between_paragraphs(line) == FLOOD


@pytest.mark.parametrize("line", [
    "Published 3 March 2024, the report found 40 deaths in the valley.",
    "Lirana Ferries d.d., the operator, said it would cooperate with investigators.",
    "Anyone with information should email tips@police.gov or call 102.",
    "Updated by police at 9pm, the figure rose to 40.",
    "The press office of the ministry declined to comment.",
    "Press Office staff were evacuated from the building at noon.",
    "Related: the minister had warned of floods in 2019, the report says.",
    "News of the flood reached the capital by noon.",
    "Sport | Rovers beat City to go top of the league after a 3-1 win on Saturday.",
])
def test_news_near_session_17s_furniture_wording_stays(line):
    assert normalise_line(line) in _kept_between_paragraphs(line)


def test_writers_notes_with_accented_names_a_second_writer_or_only_a_desk_go():
    raw = [FLOOD[0], "Marija Žagar and Luka Bošnjak", "14 October 2031, 22:15", *FLOOD[1:],
           "Marija Žagar is the Herald’s Šalovec correspondent. Luka Bošnjak covers the "
           "province and regional politics."]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    raw = [FLOOD[0], "By Rupert Ashdown", *FLOOD[1:],
           "Rupert Ashdown is the Courier’s Europe correspondent, based in Veldrin."]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    raw = [*FLOOD, "Daria Kessel", "Senior correspondent. Covers Zarovia and the wider region "
           "from Kostrava, with a focus on justice, security and human rights."]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD


def test_a_release_end_mark_goes_with_what_follows_it():
    raw = [*FLOOD, "ENDS", "Notes to editors", "About Nordstrand Bank",
           "Nordstrand Bank is the second-largest bank in Varsland."]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD


def test_a_caption_over_its_labelled_image_source_goes_but_a_short_subheading_stays():
    caption = "Card terminals in an Ostholm supermarket showed error messages for much of Tuesday"
    raw = [FLOOD[0], "Ida Rask", "Business reporter, VBC News", caption,
           "Image source, VBC / Nils Aune", *FLOOD[1:]]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    raw = [FLOOD[0], FLOOD[1], "Regulator demands answers", "Image source, Getty Images",
           FLOOD[2]]
    assert "Regulator demands answers" in clean("\n".join(raw)).text.split("\n")


def test_sentence_case_links_in_a_menu_or_the_foot_go():
    raw = ["Sport", "Football", "Athletics", "Tennis", "Winter sports", "Results & tables",
           "Sport › Athletics", *FLOOD, "About us", "Contact us", "Complaints & corrections",
           "Terms & conditions", "Privacy policy", "Cookie settings",
           "© 2031 Kessingham Courier News & Media Limited. All rights reserved."]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # a short subheading between paragraphs is the article's
    raw = [FLOOD[0], FLOOD[1], "Rescue goes on", FLOOD[2]]
    assert "Rescue goes on" in clean("\n".join(raw)).text.split("\n")


def test_a_post_heading_in_a_headlines_single_quotes_stays_over_its_quote():
    heading = "‘The next 72 hours are crucial’"
    raw = [*FLOOD, heading, "“The next 72 hours are crucial,” Civil Protection chief Tomo "
           "Ostrić told KRT."]
    assert heading in clean("\n".join(raw)).text.split("\n")


def test_a_sign_off_and_an_imprint_go_only_among_the_foots_furniture():
    foot = ["Share", "Press Office of the National Police of Zarovia", "© 2028 Zarovia Police",
            "Drašna Herald d.o.o., Ulica zolnskih rudara 8, Lutovo"]
    assert clean("\n".join([*FLOOD, *foot])).text.split("\n") == FLOOD
    # in the article: a subheading and a list of contractors
    inside = ["The press office of the Holy See", "Tehnika d.d., Zagreb, 9 contracts",
              "Cesta Ltd, Belgrade, 3 contracts"]
    kept = clean("\n".join([FLOOD[0], FLOOD[1], *inside, FLOOD[2]])).text.split("\n")
    assert all(line in kept for line in inside), kept


@pytest.mark.parametrize("line", [
    # the reviewer's look-alikes of session 17's rules
    "Football – the town's last employer", "Money – where it really goes", "Health / Wealth",
    "Produced by Rubin, owned by the artists", "Reporting: Who pays for it now",
    "Issued 3 March 2024", "The families still waiting for answers after the floods",
    "Its banner, which begins “We have a small favour to ask”, was tested on 10,000 readers.",
    "The texts, signed “Customer Care · HMRC”, asked victims to reply to refunds@hmrc-gov-uk.com.",
    "Subscribe to a social tariff with full access to the internet",
])
def test_news_that_looks_like_session_17s_furniture_stays(line):
    raw = [FLOOD[0], FLOOD[1], line, "Image source, Getty Images", FLOOD[2]]
    assert normalise_line(line) in clean("\n".join(raw)).text.split("\n")


LOOKALIKES_17 = json.loads((Path(__file__).resolve().parent.parent / "data" / "lookalikes" /
                            "cleaning_session17.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", LOOKALIKES_17, ids=[c["id"] for c in LOOKALIKES_17])
def test_news_that_looks_like_session_17s_furniture_stays_in_its_page(case):
    kept = clean("\n".join(case["lines"])).text.split("\n")
    assert normalise_line(case["keep"]) in kept


# Session 17, second round: what held-out stories 41-44 kept
@pytest.mark.parametrize("line", [
    "Special bulletin No. 27/2027 · Issued: Saturday 7 August 2027, 10:00 CEST · Next update: "
    "18:00 CEST",
    "This bulletin replaces Special bulletin No. 26/2027 issued on Friday 6 August 2027 at "
    "18:00 CEST.",
    "Download this bulletin (PDF, 412 KB) · Warning map · Subscribe to warnings by e-mail",
    "e-Paper edition | Saturday, 7 August 2027 | No. 31 842 | Price €1.20",
    "PAGE 3 | REGION", "HEATWAVE (continued from page 1)",
    "Friday, 21 June 2030   |   Telmir 24°C",
    "BREAKING  •  Farmers’ union backs President’s call for recount  •  Dinar speculation: who "
    "profits?  •",
    "ALSO READ: Who is really paying for the “civic” NGOs?", "Comments (1 287)",
    "Sort by: Newest | Most liked", "You must be logged in to comment. Log in | Register",
    "Domovina Danas is registered in the Register of Media under No. IM 000412. The views of "
    "commenters are their own.",
    "Load older updates",
    "Media enquiries: Press Office of the Ministry of Foreign Affairs, 022 10 44 00 (duty "
    "officer, 24 hours), press@mfa.gov.vl",
    "Editor-in-chief: Gunnar Sæther", "(Adds analyst comment, details from news conference)",
    "Links to external sites are provided for information only.",
])
def test_held_out_stories_41_to_44_furniture_goes(line):
    assert _kept_between_paragraphs(line) == FLOOD


@pytest.mark.parametrize("line", [
    "Also read: the report, published on Tuesday, runs to 400 pages.",
    "Editor-in-chief: the paper's new chief will start in May, the board said.",
    "(Adds: the minister said the figures would be revised.)",
    "Page 3 of the report lists the 14 towns affected.",
    "Sort by age, the victims were mostly over 70, the ministry said.",
    "This bulletin replaced the one issued at dawn, officials said.",
    "BREAKING: Death toll rises to 14 · 12:40",
])
def test_news_near_session_17s_second_round_wording_stays(line):
    assert normalise_line(line) in _kept_between_paragraphs(line)


def test_a_kicker_in_sentence_case_over_the_headline_and_the_sites_own_lines_at_its_foot_go():
    raw = ["Home", "News", "Sport", "Contact", "Local news", *FLOOD, "Programmes", "Podcasts",
           "Contact", "Radio Ulvsund is part of the Ulvsund Regional Broadcasting Foundation",
           "Jobs", "VRT – Veskarian Radio and Television is the public service broadcaster of "
           "the Republic of Veskaria.", "© 2030 VRT"]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # between paragraphs, or closing the article, such a sentence is news about the broadcaster
    said = "VRT is the public service broadcaster of Veskaria and is funded by a licence fee."
    kept = clean("\n".join([FLOOD[0], FLOOD[1], said, FLOOD[2]])).text.split("\n")
    assert said in kept
    assert said in clean("\n".join([*FLOOD, said, "Share", "© 2030 VRT"])).text.split("\n")


def test_a_guides_feedback_form_and_related_guides_go():
    raw = [*FLOOD, "Was this guide helpful?", "Yes", "No", "Related guides",
           "Car recalls: your rights explained", "Used car checklist: 12 things to look at"]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD


def test_a_hard_wrapped_paragraph_rejoins_after_a_preposition_and_a_colon():
    import textwrap
    paragraphs = [
        "Temperatures passed 45 degrees in six towns of the valley on Friday, and the weather "
        "service said the heat would last at least until Tuesday, when storms are expected.",
        "In the Vrana hills, the fire that started on Thursday evening above Stara Vrana had by "
        "Saturday morning blackened some 34 square kilometres of forest and pasture, the civil "
        "protection office said.",
        "Hospitals in the valley have admitted more than two hundred people with heat stroke "
        "since Wednesday, most of them older people who live alone, doctors said on Saturday.",
        "Until then, the Courier’s advice is the one our grandparents gave: close the shutters "
        "at dawn and open them again at dusk."]
    lines = ["Heat records broken across the valley as fire spreads in the hills", ""]
    for paragraph in paragraphs:
        lines += textwrap.wrap(paragraph, 70) + [""]
    # the wrapper broke before "Stara Vrana" and after the colon
    assert any(line.endswith(" above") for line in lines), lines
    assert any(line.endswith("gave:") for line in lines), lines
    lines += ["Evacuation centres are open in these villages of the municipality of:", "Gaj",
              "Podvrh"]
    text = clean("\n".join(lines)).text.split("\n")
    assert paragraphs[1] in text and paragraphs[3] in text, text
    assert "Gaj" in text, "a list under its lead-in stays a list"


# Session 18: what held-out stories 45-48 kept
@pytest.mark.parametrize("line", [
    "The most important news from the Velna valley in your inbox before 7am.",
    "The Courier Morning Brief: valley news in your inbox before 7am.",
    "The most important tech and energy stories, every weekday at 7am. No spam, unsubscribe any "
    "time.",
    "Get The Circuit Daily", "See all updates ›", "Was this page helpful? Yes No",
    "National Environmental Inspectorate · Na Výšinách 1142/7 · 170 00 Karvena",
    "Support independent local news. Become a Friend of Lisov Life from 50 crowns a month.",
    "Become a Friend",
    "Enjoying The Backbencher? It’s free, and it’s reader-supported. Become a paying member for 4 "
    "marks a month and get the Friday podcast transcript and the full archive.",
    "Comments reflect the opinions of readers, not of the PULS24 editorial team.",
    "Content on this website may be reproduced freely, provided the source is cited.",
    "This story will be updated as more information becomes available.",
    "Northstar editorial standards and independence principles",
    "Share · Comment (41)",
    "Daily Flash is a member of the Ardesian Press Council and abides by its Code of Practice.",
    "LISTEN LIVE ▶", "Now playing: Evening Drive with Saša & Irma", "Radio Dolna 98.4 FM",
    "11.05.2026 19:05 | Author: Newsroom / K.P.",
    "December 12, 2028 9:14 PM GMT+1 Updated December 13, 2028 7:02 AM GMT+1",
    "Tel.: +387 1 456 7000", "Trg Republike 1, 10000 Kesmir",
])
def test_held_out_stories_45_to_48_furniture_goes(line):
    assert _kept_between_paragraphs(line) == FLOOD


@pytest.mark.parametrize("line", [
    "Residents can become a member of the cooperative from 3 euros a month.",
    "Support for independent candidates grew in the valley, the poll found.",
    "Comments by the minister angered farmers, who blocked the road on Tuesday.",
    "The content of the letter may be shared with the court, the judge ruled.",
    "Results · Round 12 · 2024 Season",
    "Phone lines were down for 4 hours in the valley, the operator said.",
    "The station has broadcast on 98.4 FM since 1994 and will close in May.",
    "Now playing at the town hall: a protest that will not go away, residents say.",
])
def test_news_near_session_18s_wording_stays(line):
    kept = _kept_between_paragraphs(line)
    assert normalise_line(line) in kept or line == "Results · Round 12 · 2024 Season"
    if line != "Results · Round 12 · 2024 Season":
        assert kept == [FLOOD[0], FLOOD[1], normalise_line(line), FLOOD[2]]


def test_a_pages_head_its_foot_and_a_releases_about_section_go():
    head = ["Skip to content", "Coat of arms of the Republic of Ardesia",
            "GOVERNMENT OF THE REPUBLIC OF ARDESIA", "Office of the Prime Minister", "Home",
            "Prime Minister", "Government", "Ministries", "Press Centre", "Contact"]
    foot = ["About NTG", "Norvalian Transmission Grid (NTG) is the transmission system operator "
            "of the Republic of Norvalia. It owns and operates 4 800 km of lines.",
            "Media contact: NTG Press Office · press@ntg.nv · (01) 555 0190",
            "Share", "Accreditation", "Government of the Republic of Ardesia",
            "Trg Republike 1, 10000 Kesmir", "Tel.: +387 1 456 7000", "press@vlada.gov.ar",
            "Privacy policy", "Cookie settings",
            "© 2026 Government of the Republic of Ardesia. All rights reserved."]
    assert clean("\n".join([*head, *FLOOD, *foot])).text.split("\n") == FLOOD
    # the menu's head goes only when a headline stands between the menu and the article: a
    # page pasted from its headline down keeps it
    pasted = ["Floods kill 21 in Verania as rivers rise", "Home", "World", "Sport", *FLOOD[1:]]
    assert clean("\n".join(pasted)).text.split("\n") == FLOOD
    # "About" over what the company did is no note on itself
    said = "Ministers met the company's board on Monday to discuss the cost of the repairs."
    assert said in clean("\n".join([*FLOOD, "About NTG", said])).text.split("\n")
    # a tagline with its year under the site's name
    assert clean("\n".join(["Courier logo", "Drevna Valley Courier",
                            "Your valley. Your news. Since 1921.", "Menu", "Home", "Valley",
                            "Sport", *FLOOD])).text.split("\n") == FLOOD


def test_an_advertisers_line_under_advertisement_and_a_cookie_banners_more_info_go():
    ad = ("Hradil Plumbing & Heating – boilers, bathrooms, emergency call-outs 24/7. "
          "Tel. 604 118 220")
    raw = ["We use cookies to make our website work better. By continuing to browse you agree to "
           "their use.", "OK", "More info", FLOOD[0], FLOOD[1], "ADVERTISEMENT", ad, FLOOD[2]]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # under an advertisement label, the article's own paragraph stays
    said = "The council set up a hotline for residents; call 604 118 220 for water deliveries."
    kept = clean("\n".join([FLOOD[0], FLOOD[1], "ADVERTISEMENT", said, FLOOD[2]])).text
    assert said in kept.split("\n")


def test_a_first_name_bio_under_the_bylined_writer_goes():
    raw = [FLOOD[0], "By Anneliese Croft", *FLOOD[1:], "Share", "Anneliese Croft",
           "Anneliese covers Karvenia and Halmeria, with a focus on energy and industry. She "
           "joined Northstar in 2022 after six years as a freelance reporter."]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    raw = [FLOOD[0], "By Lukas Brandl", *FLOOD[1:], "---",
           "Lukas Brandl covers energy networks for The Circuit. Before joining in 2021 he spent "
           "six years as a control-room engineer.", "Have your say", "Newest", "Oldest"]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD


# Session 18, second round: what held-out stories 49-52 kept
@pytest.mark.parametrize("line", [
    "(Reporting by Hanne Østergaard in Lunesk and Milan Drobny in Orvania; Editing by Paul "
    "Whitcombe)",
    "Listen again: our special programme from Gate 4, with reports from Hana Voss and Ondřej Lipa",
    "Download our app", "Radio Lunesk 98.4 FM · Licensed by the Kestrian Broadcasting Council",
    "Issued at 5:00 AM, Saturday, 21 September 2030", "Auto-refresh is on",
    "Did you work with the planning department or apply for a permit between 2027 and 2030? "
    "Contact us securely: tips@lantern.kv or Signal +000 91 555 0142.",
    "This article is published under a Creative Commons Attribution-NoDerivatives 4.0 licence. "
    "You may republish it with credit to The Lantern.",
    "Weather: Marovec 9 °C, cloudy", "NEWS / MAROVEC", "Newsroom / I. P.", "Share · Copy link",
    "Tel. +388 55 400 1122  |  press@nbl.example",
    "Reproduction of this press release is permitted provided the source is acknowledged.",
    "We value your privacy", "💬 Join the discussion (87)", "Listen to this article  ▶  3 min",
    "ZENIT.news",
])
def test_held_out_stories_49_to_52_furniture_goes(line):
    assert _kept_between_paragraphs(line) == FLOOD


@pytest.mark.parametrize("line", [
    "Police said the photo was published under a licence that allowed reuse.",
    "Weather: the forecast for the weekend is worse, the agency said.",
    "Listen again to the minister's words: “We will rebuild.”",
    "Join the discussion on the future of the valley at the town hall on Friday.",
])
def test_news_near_session_18s_second_round_wording_stays(line):
    assert normalise_line(line) in _kept_between_paragraphs(line)


def test_a_sites_head_above_its_menu_goes_under_its_emblem_only():
    head = ["Radio Lunesk 98.4 FM logo", "Listen live", "Radio Lunesk 98.4",
            "Your city. Your station.", "News", "Sport", "Traffic", "Weather", *FLOOD]
    assert clean("\n".join(head)).text.split("\n") == FLOOD
    # under a skip link, the line over the menu is the headline
    page = ["Skip to main content", FLOOD[0], "Home", "News", "Local",
            "Rescuers are still searching for 30 people", *FLOOD[1:]]
    assert FLOOD[0] in clean("\n".join(page)).text.split("\n")
    # a station's name spelled out beside its initials, and a writer's note under a strip byline
    raw = ["Skip to main content", "LRTV", "Lutavian Radio and Television", "Live TV", "Radio",
           "News", *FLOOD]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    raw = [FLOOD[0], "By Damir Ivančić and Sara Lukež · 12 March 2030, 16:05 · 9 min read",
           *FLOOD[1:], "Damir Ivančić is The Lantern’s investigations editor. Sara Lukež is a "
           "data reporter.", "Rosa Kell is the Flash's Chief Reporter. She joined the paper in "
           "2019."]
    raw.insert(1, "By Rosa Kell, Chief Reporter")
    assert clean("\n".join(raw)).text.split("\n") == FLOOD


def test_the_senders_lines_over_a_releases_contact_block_go():
    raw = [*FLOOD, "* * *", "Communications Department", "National Bank of Lutavia",
           "Trg Republike 4, 10100 Rasgrad", "Tel. +388 55 400 1122  |  press@nbl.example"]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # an article's list of places and their addresses stays
    listed = [*FLOOD, "Voters in the valley should go to the new polling stations:",
              "Old Town Hall", "Masarykova 14, 602 00 Brno", "St Anne's Church Hall",
              "Pekarska 53, 602 00 Brno"]
    assert clean("\n".join(listed)).text.split("\n") == listed


# Session 19, held out: stories 53-58 (a bridge collapse, a measles outbreak, a plant closure, a
# wildfire, a referendum, a prison riot), each line as one of their pages shows it.
@pytest.mark.parametrize("line", [
    "CPA/Marek Halloran", "REUTERS/Jane Doe", "Item 1 of 2", "Photo 3 of 12",
    "Updated14:37, 14 OCT 2025", "Issued: 16.07.2025 – 12:00 (local time)",
    "16.07.2025, 14:20 | Reading time: 3 min",
    "Listen to article (4:12)", "ANZEIGE / ADVERTISEMENT",
    "We and our 143 partners store and access information on your device to personalise "
    "content and ads and to measure performance.", "Agree and continue",
    "Cookies on the Ministry of Transport and Infrastructure website",
    "You are here: Home > Press centre > Press releases > 2024",
    "HOT TOPICS: Koldany prison riot · Eurovision · Heatwave",
    "Read ŠOK! in: Veltravština | English", "Official website of the Government",
    "Attachments: Photo – visit of the Minister to Koldany Prison (JPG, 2.4 MB)",
    "This bulletin is also available in PDF (212 KB).",
    "Get the CPA Morning Briefing — the day’s essential news, in your inbox before breakfast.",
    "Don’t miss a thing! Sign up for the ŠOK! Daily and get the juiciest stories first.",
    "Subscribe to Kurier Graniczny Premium – the first month costs just 1 zł.",
    "Rheinblick+ subscribers read without ads. Start your 30-day trial now.",
    "Not a member yet? Join the AVWU today and make sure you're never on your own at work.",
    "SIGN ME UP", "Join the conversation — read our community guidelines before posting.",
    "View all 87 comments", "Share Tweet Copy link", "Print · Share · Back to Press Releases",
    "Print   Share   Back to press releases", "VALE DO SARMO, Portugal, July 16 (Meridian Press)",
    "BRODNO, June 15 (Meridian)", "Contact for the media:",
    "Out-of-hours media enquiries should be directed to the duty press officer.",
    "press@kos.gov.kv  |  tel. 021 555 0190",
    "Orlen Valley Courier d.o.o. · Trg bana 4, Šalovac · 032 555 0190",
    "ovcourier.example/subscribe", "Editorial principles: The CEPA Code of Practice.",
    "Marta Zielińska-Kowal, translated by the English desk",
    "By the C9 News digital desk, with Nuno Carvalhal in Fontelas",
    "AVWU logo – Amalgamated Vehicle Workers' Union",
    "News   Politics   Referendum 2025   Data   Podcast   Newsletter   Support us",
    "This live page is no longer being updated.",
    "This website uses only cookies that are necessary for it to function. More information | OK",
    "Read also: Sanepid: no measles in Nowa Rudka county so far.",
])
def test_held_out_stories_53_to_58_furniture_goes(line):
    assert _kept_between_paragraphs(line) == FLOOD


@pytest.mark.parametrize("line", [
    "AP/NORC Poll", "Item 4 on the agenda was the budget, the council said.",
    "Residents can subscribe to flood alerts for £2 a month, the council said.",
    "The ministry did not respond to media enquiries on Tuesday.",
    "The 212-page report is available in print only, the agency said.",
    "Read also the minister’s letter, which the paper published in full.",
    "Join the debate on the future of the region, the governor urged voters.",
    "Issued in 2019, the permit allowed the plant to store 40 tonnes of chlorine.",
])
def test_news_near_session_19s_wording_stays(line):
    assert normalise_line(line) in _kept_between_paragraphs(line)


def test_a_teaser_list_goes_on_past_a_headline_with_a_full_stop():
    teasers = ["Read Next", "Heatwave pushes Spain’s power demand to record high.",
               "Greek firefighters contain blaze on Evia after three days",
               "Europe’s summers are getting hotter – here is what the data shows",
               "Most Read", "Central banks brace for a bumpy second half",
               "© 2025 Meridian Press. All rights reserved."]
    credits = "(Reporting by Tomás Ferreira-Lowe; Editing by Mark Heathcote)"
    kept = clean("\n".join([*FLOOD, credits, *teasers])).text.split("\n")
    # the sentence may be the article's last, so it stays; the headlines under it go
    assert kept == [*FLOOD, teasers[1]]
    # not past a sentence followed by the article's own paragraphs
    article = [*FLOOD, credits, "Read Next", teasers[2],
               "Rescuers searched the river banks overnight.",
               "The army said it would send 200 soldiers to help in the morning, and a field "
               "hospital would open in the town's sports hall by Wednesday afternoon."]
    assert clean("\n".join(article)).text.split("\n") == [*FLOOD, *article[-2:]]


def test_a_pages_stamps_contact_block_and_motto_go_in_their_places():
    raw = ["Skip to content", "The Istrava Insider", "Politics. Power. Polls.", "Home | News",
           "PRESS RELEASE", "Operational bulletin no. 3", FLOOD[0],
           "Issued: 16.07.2025 – 12:00 (local time)", "Distribution: Media / General public",
           *FLOOD[1:], "Contact for the media:", "Mgr. Tereza Kubíčková, spokesperson",
           "© 2025 State Institute of Public Health"]
    kept = clean("\n".join(raw)).text.split("\n")
    assert "Politics. Power. Polls." not in kept and FLOOD[0] in kept
    assert not {raw[7], raw[8], raw[-3], raw[-2]} & set(kept)


def test_a_line_broken_after_a_word_no_sentence_ends_on_rejoins():
    raw = [FLOOD[0], "I want to thank the firefighters, paramedics and divers of the Lenn Valley "
           "Fire and", "Rescue Service, who have worked without pause since this morning.",
           "Czech health services have registered 23 confirmed and nine suspected cases, "
           "which means that as many as", "32 people may be infected.",
           "The prison was built for 640 inmates but now holds",
           "812, an occupancy of 127 per cent."]
    kept = clean("\n".join(raw)).text.split("\n")
    assert kept == [FLOOD[0], raw[1] + " " + raw[2], raw[3] + " " + raw[4], raw[5] + " " + raw[6]]
    # a headline may end on "over" or "says" over a line that starts a sentence
    headline = ["Valadão goes, Quental comes in, and Sarmento's worst week isn't over",
                "The infrastructure minister's resignation over €48.3k in expenses closes one "
                "problem for the PRN and opens several more."]
    assert clean("\n".join(headline)).text.split("\n") == headline


def test_a_sites_name_between_its_menus_goes_above_a_headline_that_stays():
    raw = ["Skip to main content", "Ministry of Transport and Infrastructure",
           "Official website of the Government", "Home", "News", "Regions & branches",
           "Contact us", FLOOD[0], "By Anna Smith", *FLOOD[1:]]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # a headline between a menu and its byline, with a subheading under the byline, stays
    live = ["Home", "News", "Live: the verdict", "By Anna Smith", "Governor gets seven years",
            *FLOOD[1:]]
    assert clean("\n".join(live)).text.split("\n")[:2] == ["Live: the verdict",
                                                           "Governor gets seven years"]


def test_a_government_pages_sender_goes():
    raw = [FLOOD[0], "From:", "Ministry of Transport and Infrastructure and Irena Novák MP",
           "Published 14 October 2025", *FLOOD[1:]]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # a sentence under "From:" is the article's (a letter quoted in full)
    letter = [*FLOOD, "From:", "The residents of Lesna wrote to the council on Monday."]
    assert clean("\n".join(letter)).text.split("\n")[-1] == letter[-1]


def test_a_tabloid_splash_in_capitals_stays_over_its_headline():
    raw = ["Home / News", "EXCLUSIVE", "BRIDGE OF DEATH",
           "At least 11 feared dead as packed rush-hour bridge crumbles into river",
           *FLOOD[1:]]
    assert clean("\n".join(raw)).text.split("\n") == [*raw[2:]]
    # a menu's section in capitals over the headline still goes
    menu = ["NEWS", "WORLD", FLOOD[0], *FLOOD[1:]]
    assert clean("\n".join(menu)).text.split("\n") == FLOOD


@pytest.mark.parametrize("splash", ["HOSPITAL HACK CHAOS", "INFERNO IN PARADISE"])
def test_a_splash_under_a_breadcrumb_stays_over_its_headline(splash):
    """A splash need not say "of" or whose: under the breadcrumb, over the headline, it names
    no section and no kind of page."""
    raw = ["The Daily Blare", "News | Showbiz | Sport | Telly | Money", "News › UK News › Health",
           splash, "Russian cyber gang’s £5m ransom demand as ops axed and 999 crews sent away",
           *FLOOD[1:]]
    assert clean("\n".join(raw)).text.split("\n") == raw[3:]


@pytest.mark.parametrize("label", ["VALLEY NEWS", "PRESS STATEMENT", "SUBSCRIBERS ONLY",
                                   "EMERGENCY APPEAL", "ARDAN WAR"])
def test_a_label_in_capitals_over_the_headline_still_goes(label):
    """A section, a kind of page, or an entry of the site's own menu ("Ardan War")."""
    raw = ["News | Politics | Ardan War | Business | Opinion", "Home / News / Valley", label,
           "Hackers bring valley hospitals to a standstill as operations are called off",
           *FLOOD[1:]]
    assert clean("\n".join(raw)).text.split("\n") == raw[3:]


# Session 20: furniture the held-out stories 59-64 showed, each beside article lines that look
# like it.
def test_app_promotions_comment_policies_and_cookie_banners_go():
    furniture = [
        "Get live updates as they happen with the RBN News app – free on iPhone and Android.",
        "Read Orizzonte wherever you are: download our app for iPhone and Android and get the "
        "weekly issue on Thursday night.",
        "Comments are the responsibility of their authors. Please read our community guidelines "
        "before posting — abusive comments will be removed.",
        "Comment policy: we reserve the right to remove comments that are abusive, defamatory or "
        "off-topic.",
        "Cookies help us improve our website. By clicking “Accept”, you agree to the use of "
        "audience-measurement cookies.",
        "Orizzonte and its partners use cookies and similar technologies to improve your "
        "experience and to show you personalised advertising.",
        "OK, I understand", "Accept and close   Manage preferences"]
    article = [
        "The ministry's flood-warning app, free on iPhone and Android, crashed within an hour of "
        "its launch on Monday.",
        "Residents can download the FloodAlert app for iPhone and Android, the council said.",
        "The court found that the newspaper had reserved the right to remove comments but never "
        "did so.",
        "Regulators fined the retailer for using cookies without its customers' consent."]
    raw = [FLOOD[0], *FLOOD[1:], *article, *furniture]
    assert clean("\n".join(raw)).text.split("\n") == [*FLOOD, *article]


def test_a_sentence_with_its_button_goes():
    furniture = ["Sign our petition to the Vaud Council of State. Sign now",
                 "Lake Guardians is funded entirely by its 14,000 members and donors. Donate now",
                 "Love culture? Our free Culture Letter lands every Friday with reviews. Sign up"]
    article = ["Thousands of volunteers rushed to sign up.",
               "“Sign up,” the coach told him, “or go home.”"]
    # (between the article's paragraphs, where a campaign page puts them)
    raw = [*FLOOD[:2], furniture[0], *FLOOD[2:], furniture[1], *article, furniture[2],
           "The river is expected to peak on Thursday, the weather service said."]
    assert clean("\n".join(raw)).text.split("\n") == [*FLOOD, *article, raw[-1]]


def test_live_page_stamps_team_bylines_reporter_credits_and_switches_go():
    raw = ["Saltar para o conteúdo principal", "Aa", "LIVE Updated 11:32", FLOOD[0],
           "By the TRV News live team in Brenica", *FLOOD[1:3],
           "Advertisement – story continues below", "Dylan Marsh, CBN reporter at Merrow Airport",
           *FLOOD[3:]]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # a sentence that names a reporter is the article's
    sentence = "Dylan Marsh, a CBN reporter at Merrow Airport, was among those stranded."
    assert clean("\n".join([*FLOOD, sentence])).text.split("\n")[-1] == sentence


def test_handout_captions_credits_and_logos_go():
    furniture = ["Government of Ireland harp logo", "Logótipo do Correio Atlântico",
                 "Scoil Bhríde N.S. Kilbrannagh – school crest"]
    captions = ["Divers measure ceramic vessels at the wreck site off Škarda, in this handout "
                "picture released on September 16, 2025. IUA/Handout via MPA",
                "Heartbroken families gathered in Kilbrannock as the report was released Credit: "
                "Beacon Pictures Ireland"]
    raw = [*furniture, *FLOOD[:2], *captions, *FLOOD[2:]]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # a headline about a logo is no logo
    for headline in ("Airline unveils logo", "Everton unveil new crest"):
        assert clean("\n".join([headline, *FLOOD[1:]])).text.split("\n")[0] == headline


def test_a_release_s_end_mark_sender_letterhead_and_sign_off_go():
    raw = ["Skip to content", "gov.ie", "Government of the Republic of Varnesia",
           "Ministry of Education and Research", "Select Language: Română | English",
           "Home > Press Office > Press releases", "PRESS RELEASE", "11.06.2025 06:10",
           FLOOD[0], "From: Department of Health", "Published on: 14 October 2025",
           *FLOOD[1:], "Press Office", "Ministry of Education and Research",
           "1 Piața Marii Adunări, Brenica", "Tel.: 022 23 31 10 | presa@mer.gov.vn", "ENDS",
           "Notes for editors",
           "The Inquiry was established by Government decision in March 2024."]
    kept = clean("\n".join(raw)).text.split("\n")
    # (the notes for editors are the release's own)
    assert kept == [*FLOOD, raw[-2], raw[-1]]
    # a list of addresses in the article stays
    help_list = [*FLOOD, "Where to find help:", "lennvalley.gov.kv/fire", "redcross.kv"]
    assert clean("\n".join(help_list)).text.split("\n") == help_list


def test_a_teaser_with_a_full_stop_under_the_copyright_goes():
    raw = [*FLOOD, "(Reporting by Lucie Brandt in Geneva; Editing by Helen Moss)",
           "© 2025 Transalpine Press. All rights reserved.", "Read Next",
           "Europe's heatwave pushes Alpine lake temperatures to record highs",
           "Swiss glacier loss slowed in 2024, monitoring network says.",
           "Advertisement · Scroll to continue"]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # above the article's end a short last sentence under a label stays
    tail = [*FLOOD, "Read more", "The valley's last flood, in 1997, killed 11 people."]
    assert clean("\n".join(tail)).text.split("\n")[-1] == tail[-1]


def test_a_quoted_subheading_over_its_paragraph_and_a_picture_s_caption():
    quote = "“My father always said it was an old ship”"
    paragraph = ("“Our nets used to catch on something there, and my father always said it was "
                 "an old ship,” he told RTI.")
    raw = [*FLOOD[:2], quote, "Fisherman Josip Vuković, 64, says local crews knew the spot.",
           paragraph, *FLOOD[2:]]
    assert quote in clean("\n".join(raw)).text.split("\n")
    caption = ["Kestrel Air’s aircraft sit idle at Merrow Airport on Tuesday morning",
               "Picture: Aldo Finch/CBN", "Get in touch"]
    kept = clean("\n".join([*FLOOD[:2], *caption, *FLOOD[2:]])).text.split("\n")
    assert kept == FLOOD
    # between two paragraphs, a short line over a credit is the next part's subheading
    subhead = [*FLOOD[:2], "What the inspectors found", "Picture: Aldo Finch/CBN", *FLOOD[2:]]
    assert "What the inspectors found" in clean("\n".join(subhead)).text.split("\n")


def test_calls_to_the_newsroom_app_and_bulletin_pointers_go():
    furniture = [
        "Spotted a jam or a closure? Send a tip to our traffic desk on WhatsApp: 777 984 984.",
        "Were you in Harlowe Cross today? If it is safe to do so, share your experience by "
        "emailing haveyoursay@kbcnews.co.uk.",
        "Do you have tips, pictures or video? Contact the newsroom at tips@btidende.nv or send "
        "an SMS to 2290 – we pay for material we use.",
        "Hear the full report in our 1 pm news bulletin, or catch up any time in the Radio "
        "Hradov app.",
        "Get the SD app – breaking news before anyone else, free on iOS and Android.",
        "Get the Blaze app for breaking news alerts, puzzles and your daily horoscope.",
        "Follow every development on the KBC News app — it’s free to download on iPhone and "
        "Android.",
        "▶  Listen live", "Live Reporting"]
    raw = [*FLOOD[:2], *furniture, *FLOOD[2:]]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # news that reads the same way stays
    article = [
        "Spotted a leak? Send a plumber, the utility told customers on 0800 555 0100.",
        "Were you at the match? If so, police want to hear from you.",
        "The city launched the Hradov Transit app for iOS and Android on Monday.",
        "Get the Hradov Transit app, the mayor urged, and check delays before you travel.",
        "Hear the full report, the minister said, before you judge the drivers.",
        "“Seen something? Call us on 0800 555 0123,” she added.",
        "Know something we don't? Text us on 07786 200 200, the sign outside reads.",
        "Do you have tips about council contracts? Contact the newsroom at tips@post.example "
        "— the line drew 312 replies.",
        "Watch the broadcast at 3pm on BBC One, or catch up any time on iPlayer.",
        "Download the NHS Covid-19 app now: ministers urge public as it launches on iPhone and "
        "Android",
        "Install the Google Authenticator app on your iPhone or Android phone before the "
        "deadline.",
        "Watch live as the rescue unfolds, the broadcaster urged viewers on Tuesday.",
        "Live coverage of the trial was banned by the judge."]
    assert _cleaned([*FLOOD, *article]) == [*FLOOD, *article]


def test_comment_rules_prices_editions_and_a_release_s_foot_go():
    furniture = [
        "Comments policy: Slobodni Dnevnik does not publish comments that are offensive, "
        "defamatory or unrelated to the article.",
        "We moderate every comment before it is published. Please keep it civil and on topic.",
        "Become a subscriber – local news from 49 kroner a month",
        "Subscribe to the magazine: 11 issues in print plus the digital archive for only €39.90 "
        "a year.",
        "You are reading Handelsposten in English. Our English articles are translated from "
        "Norvalian with the help of machine translation.",
        "Valmarsa City Marathon — official website",
        "Issued: 12/08/2025, 23:40 | Press Office, Kelyra Regional Fire Service (KRFS)"]
    foot = [
        "This press release is issued by the Press and Information Office for the information "
        "of the media and does not bind the Court.",
        "For further information: Press and Information Office, tel. (011) 456 7700, "
        "press@ustavnisud.ks",
        "Communications Unit, Ministry of Digital Affairs – tel. 22 24 90 00 – press@mda.gov.nv",
        "Press office, National Digital Infrastructure Agency – tel. 22 41 17 70",
        "Interview requests should go through the press office on 01632 960441.",
        "Media enquiries are answered 08:00–20:00, seven days a week.",
        "Journalists should contact the press office on 0300 123 1234.",
        "Out of hours: 07700 900 888",
        "This summary is provided to assist in understanding the Court's decision. It does not "
        "form part of the reasons for the decision.",
        "Text: Maria Novak | Photos: Jan Horák",
        "You're reading the English edition of Helsingin Sanomat. Articles are translated with "
        "the help of AI and checked by our editors."]
    raw = [*furniture, *FLOOD, *foot]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    article = [
        "The court said the paper does not publish comments that are defamatory.",
        "Readers can become subscribers from 49 kroner a month, the paper announced, as its "
        "print sales fell.",
        "Our English articles are checked by an editor, the paper's editor-in-chief said.",
        "Reporters Hege Brattli and Nils-Erik Sand were the first at the scene.",
        "Media enquiries rose to 400 a day after the fire, the ministry said.",
        "The ruling is not binding on lower courts, the press office said.",
        "Comments policy: The Herald will not publish comments on court reports from April.",
        "We moderate every comment before it is published on stories about court cases.",
        "You are reading Tolstoy in English. That is already a decision someone made for you.",
        "Press enquiries are now handled by the communications department in Leeds.",
        "Flood helpline – phone 0300 123 4567",
        "Where to apply – the official website",
        "Become a member – council leisure centres offer passes from £19.99 a month.",
        "Journalists should contact the press office before visiting, the council said.",
        "Out of hours, the helpline on 0800 555 0100 stays open.",
        "This summary of the ruling, the judge said, was provided to help the jury.",
        "Text messages between Maria Novak and Jan Horák were read to the court."]
    assert _cleaned([*FLOOD, *article]) == [*FLOOD, *article]


def test_rows_menus_datelines_and_stamps_that_the_site_writes_its_own_way_go():
    raw = ["News   Traffic   Weather   Sport   Podcasts   Programme   Win!",
           "HRADOV, Czech Republic, Oct 14 (CEPA) –",
           *FLOOD[:2], "Share  ·  Copy link  ·  Comments (12)",
           "The seafront of Valmarsa, where the race finishes (archive photo CorrerePiù)",
           *FLOOD[2:], "Download as PDF · Back to Press Statements",
           "READ MORE ON THE BLAZE", "Inside the secret world of Britain’s last bank robbers",
           "Soap hunk’s secret wedding in Tuscany revealed"]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    # a short line with a shout, or a sentence with a picture's mention, is the article's
    article = ["Win!", "The museum hung the picture (archive photo, 1911) in its main hall.",
               "Fans chanted “Sport! Podcasts! Win!” outside the studio.",
               "Labour (412) · Conservatives (121) · Lib Dems (72)",
               "Back to school – back to the uniform bills",
               "Children who read every night do better at school, the study found."]
    assert _cleaned([*FLOOD, *article]) == [*FLOOD, *article]


def test_a_release_s_reference_above_its_headline_goes_and_one_in_the_article_stays():
    raw = ["News release", "Reference: WMC/PR/1014-07", "Published: 14/10/2025 21:37",
           *FLOOD]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    planning = [*FLOOD[:2], "Reference: 24/01234/OUT", *FLOOD[2:]]
    assert clean("\n".join(planning)).text.split("\n") == planning


# Session 23: what real coverage of six events (copied from the outlets' pages) kept or lost.
def test_a_standfirst_the_article_restates_keeps_both_copies():
    # a standfirst under the headline, restated word for word (with its full stop) in the body
    standfirst = ("Ferry accidents are common in Verania, with experts blaming poor maintenance, "
                  "lax safety standards and overcrowding")
    raw = [FLOOD[0], standfirst, FLOOD[1], FLOOD[2], standfirst + ".",
           "A ferry sank in the capital last June after a collision, killing at least 32."]
    assert clean("\n".join(raw)).text.split("\n") == raw
    # (a standfirst repeated in a share box at the page's foot is one copy too many)
    assert clean("\n".join(raw[:-1])).text.split("\n") == raw[:-2]
    # a headline repeated lower down is still one copy too many
    teaser = [*FLOOD, FLOOD[0]]
    assert clean("\n".join(teaser)).text.split("\n") == FLOOD


def test_page_tools_archive_search_section_teasers_and_a_network_s_foot_go():
    raw = [*FLOOD,
           "Printer friendly version  Printer friendly version      Email to a friend  Email to "
           "a friend",
           "magnifying glass SEARCH ALL FAIRFAX ARCHIVES (*Fee for full article)",
           "Also in World",
           "At least 16 killed by suicide blasts in Mosco"]
    assert clean("\n".join(raw)).text.split("\n") == FLOOD
    story = [FLOOD[0],
             "At least 21 people have died in floods in central Verania after three days of "
             "heavy rain swept away roads, bridges and homes across four districts, officials "
             "said on Tuesday.",
             "About 4,000 people were evacuated from villages along the Lesna river, the "
             "Interior Ministry said, and the army sent boats and helicopters to reach families "
             "cut off by the water.",
             "Police said nearly two dozen people managed to swim ashore when a ferry carrying "
             "evacuees capsized near the town of Marek late on Monday evening."]
    foot = [*story,
            "Read all the Latest News, Trending News, Cricket News, Bollywood News,",
            "India News and Entertainment News here. Follow us on Facebook, Twitter and Instagram.",
            "also read",
            "West Indies pip Bangladesh in low-scoring thriller to keep semi-final hopes alive",
            "Bangladesh were bundled out for 136 after restricting the West Indies to a modest "
            "140/9 at the Bay Oval in Mount Maunganui.",
            "South Africa vs Bangladesh: Visitors clinch first-ever victory in Rainbow Nation",
            "Bangladesh had previously lost every match they played against the Proteas in South "
            "Africa — six Tests, nine one"]
    assert clean("\n".join(foot)).text.split("\n") == story
    video = [*FLOOD[:2], "See the video of his speech here:", FLOOD[2]]
    assert clean("\n".join(video)).text.split("\n") == FLOOD
    credit = [*FLOOD[:2], "Rescuers at the site in Verania district (Press Trust of India/AP)",
              FLOOD[2]]
    assert clean("\n".join(credit)).text.split("\n") == FLOOD


def test_article_lines_like_the_session_23_furniture_stay():
    article = [
        "The printer-friendly version of the report was withdrawn after two days.",
        "Email to a friend: the council's new tool lets residents forward alerts.",
        "Researchers searched all Fairfax archives for the letters, the historian said.",
        "Also in Lusk, the river burst its banks at two points overnight.",
        "Read all the latest flood warnings on the council's website, the mayor said.",
        "See the video here: the council posted it on Tuesday, the mayor said.",
        "The ministry's figures (Interior Ministry/UNHCR) put the number at 4,100.",
        "Watch the river level below the bridge, officials told residents."]
    assert _cleaned([*FLOOD, *article]) == [*FLOOD, *article]


def test_session_24_furniture_from_real_coverage_goes():
    """Lines real pages carry (a landslide in Sichuan, a bus crash in Kullu, the Sydney siege)."""
    # an agency's name under the headline (between two paragraphs it may head a section)
    for line in ["Associated Press", "Press Trust of India", "Reuters", "The Associated Press",
                 "KYODO NEWS"]:
        assert _cleaned([FLOOD[0], line, *FLOOD[1:]]) == FLOOD, line
    # and signing off the copy
    assert _cleaned([*FLOOD, "— The Associated Press"]) == FLOOD
    for line in ["(With inputs from PTI)", "With inputs from agencies", "(With agency inputs)",
                 "(With inputs from Reuters and AFP)", "india Updated: Jun 20, 2019 19:01 IST",
                 # an agency's caption runs to two long sentences, its credit glued on
                 "A rescue worker guides a sniffer dog to search for victims Sunday at the site "
                 "of a landslide in Maoxian County in southwestern China’s Sichuan Province. "
                 "Emergency crews are searching through the rubble for victims after a landslide "
                 "Saturday buried a picturesque mountain village under tons of soil and rocks, "
                 "with more than 100 people remained missing.(AP Photo/Ng Han Guan)",
                 "An injured hostage is carried out of a cafe in the central business district "
                 "of Sydney on December 16, 2014. AFP Photo",
                 # a post embedded from X with its signature, a stamp with an ordinal day, share
                 # buttons glued together, a section's teaser, a pointer to the wire's copy
                 "Just incredible scenes pic.twitter.com/Qw8rT5uV2a — Cardiff Half "
                 "(@cardiffhalf) May 2, 2021", "Embedded video",
                 "15:28 IST, January 1st 2020", "LINKEDINCOMMENTMORE",
                 "More Money: Americans more likely to buy electric cars, AAA study finds",
                 "MORE MONEY: Petrol prices unchanged for the third day",
                 "Read the full Reuters report",
                 "PTI | Jun 20, 2019, 07.01 PM IST", "India News Updated: Jun 20, 2019 19:01 IST",
                 "(With inputs from agencies and ANI)", "- With inputs from agencies",
                 "Smoke rises over the hills near Loutraki on Tuesday. (Reuters Photo)"]:
        assert _kept_between_paragraphs(line) == FLOOD, line
    # a post's text above its signature
    post = [*FLOOD[:2], "Tear gas just fired on Luard Road in Wan Chai pic.twitter.com/ZmJZrtmRmL",
            "— Vicky Wong (@vickywong710) January 1, 2020", FLOOD[2]]
    assert _cleaned(post) == FLOOD
    # a teaser's source under it in a list of teasers still leaves the whole list
    raw = [*FLOOD, "Recommended Stories", "Reuters",
           "Peru's Congress approves mining formalisation extension amid protests",
           "The Associated Press", "Bolivia flooding kills 12 as rains persist across the Andes"]
    assert _cleaned(raw) == FLOOD


def test_article_lines_like_the_session_24_furniture_stay():
    article = [
        "Reuters reported the figure first, citing two officials.",
        "The Associated Press said the bridge had been closed since March.",
        "With inputs from the coast guard, the search widened to 40 square kilometres.",
        "Prices updated: Jun 20 figures show a rise of 4%, the ministry said.",
        "The AP Photo editor said the picture had been checked.",
        "Rescuers found the dog alive in the rubble, AFP photographers at the scene said.",
        "Activists shared the picture on Twitter within minutes, police said.",
        "The 1st of January 2020 was the first day of the new rules.",
        "More Money: the bank's slogan for the campaign was dropped after a week.",
        "Alternative routes were opened through the hills on Friday.",
        "Read the full statement from the ministry, the opposition demanded.",
        # (the reviewer's: an agency's name as a heading, a key, a link quoted in a sentence)
        "Associated Press",
        "The agency was founded in 1846 by five New York newspapers.",
        "Alt",
        "Hold it down with Tab to switch between windows, the guide says.",
        "Behind the scenes each link is stored as something like https://t.co/AbC123"]
    assert _cleaned([*FLOOD, *article]) == [*FLOOD, *article]
