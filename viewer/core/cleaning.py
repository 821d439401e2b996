"""Remove web boilerplate from pasted article text, keeping every article sentence.

Text copied from a news site carries navigation, share buttons, subscription notices and the like.
They would otherwise become "unique facts" of that source. Each line is classified on its own
(strong patterns), then by its neighbours (runs of short menu-like lines). Whatever is removed is
returned with its reason and position so the viewer can show it and restore it: nothing is dropped
silently. A line that reads like an article sentence is only removed by a strong pattern.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass, field, replace

__all__ = ["DATELINE_SENTENCE", "Removed", "Cleaned", "clean", "headline", "normalise_line",
           "normalise_newlines"]


@dataclass(frozen=True)
class Removed:
    """One removed line; `at` is its place in the cleaned text (the next kept line's offset)."""

    text: str
    reason: str  # always "boilerplate" (the contract's value); `detail` says which kind
    detail: str
    at: int
    line: int  # 0-based line number in the raw text


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[Removed, ...]
    # (raw line, offset in `text`) of each kept line that starts a paragraph
    starts: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)


_MONTH_NAMES = (r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
                r"sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?")
_DAY = rf"({_MONTH_NAMES} \d{{1,2}}|\d{{1,2}} {_MONTH_NAMES})(, \d{{4}})?"
# A dateline read as a sentence of its own: "BAKU, Azerbaijan, March 15.", "ASTANA. KAZINFORM.",
# "Baku, March 15." (the day is what tells a dateline in lower case from a short sentence)
DATELINE_SENTENCE = re.compile(
    rf"^(?-i:[A-Z][A-Z.'’ -]{{2,}})(, [\w.'’ -]{{2,30}}){{0,2}}(, {_DAY})?\s*[.:]$"
    rf"|^(?-i:[A-Z][a-z]+)(, (?-i:[A-Z])[\w.'’ -]{{2,30}}){{0,2}}, {_DAY}\s*[.:]$",
    re.IGNORECASE)

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_TERMINAL = re.compile(r"[.!?…:;\"'”’»)\]]$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)

# Strong patterns: a match removes the line whatever it looks like. (detail, pattern)
# "We may earn a commission if you buy through links on this page": not "brokers may receive a
# commission only if clients are told".
_AFFILIATE = (r"\bmay (earn|receive) (a |an )?(small )?(commission|affiliate)\b.{0,80}"
              r"\b(links?|purchases?|buy|this (page|article|site)|products?)\b")
# Words of a job title under a byline ("Senior political reporter", "Chief economics editor").
_DESKS = (r"(senior|chief|deputy|associate|contributing|staff|investigative|political|foreign|"
          r"economics?|business|health|science|security|defen[cs]e|diplomatic|environment(al)?|"
          r"education|technology|tech|legal|sports?|data|digital|world|energy|climate|transport|"
          r"culture|arts|home affairs|international|national|local|crime|justice|affairs|"
          r"policy|politics|markets?|courts?|media|investigations|"
          r"global|north america|europe|asia|africa|middle east|central|eastern|western|northern|"
          r"southern|and|&)")
# Not somebody's words reported: "..., the court said", "... the complaint alleges". (Anchored
# at the line's start, so the look-ahead reads the line once, not once per position.)
_UNSAID = (r"^(?!.*\b(said|says|told|tells|according to|alleges?|alleged|argued|argues|ruled|"
           r"found|state|states|stated|wrote|writes|claims?|claimed)\b)")
# what a newsroom asks its readers for: "Share your experiences", "share your pictures"
_SHARE_YOURS = r"share your (experiences?|stor(y|ies)|pictures|photos|videos|views)"
# capitals, with accents too: "Marija Žagar", "Łukasz Nowak", "Ólafur Sigurðsson"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
# a name in its own capitals, whatever the flags: "Andreea Munteanu", "Dino Šestan"
_CASED_NAME = rf"(?-i:[{_UPPER}][\w'’-]+(?: [{_UPPER}][\w'’-]+){{1,2}})"
# who gave "inputs" to a rewritten agency story: "(With inputs from agencies and ANI)"
_INPUT_FROM = r"(agencies|wires|(?-i:[A-Z])[\w.&'’-]*( (?-i:[A-Z])[\w.&'’-]*){0,3})"
# an embedded post's text ends in its address, and its signature follows: "— Jane Doe
# (@janedoe) March 6, 2027"
_POST_ADDRESS = r"(\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+)"
_SIGNATURE = r"[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$"
_POST_LINK_END = re.compile(_POST_ADDRESS + r"\W*$")
_POST_SIGNATURE = re.compile("^" + _SIGNATURE)
# News agencies by the short names their copy and their pictures' credits give them
_AGENCY_NAMES = "AP|AFP|Reuters|PTI|ANI|IANS|Xinhua|AAP|Bloomberg"
# News agencies whose name alone on a line is the byline of their copy
_WIRES = ("Associated Press|Press Trust of India|Agence France-Presse|UNI|Indo-Asian News Service|"
          "Asian News International|Xinhua News Agency|dpa|EFE|Kyodo( News)?|"
          "Yonhap( News Agency)?|Anadolu Agency|Bernama|" + _AGENCY_NAMES)
# News agencies and picture agencies, as a caption's credit names them
_AGENCIES = _AGENCY_NAMES + "|REUTERS|EPA|Getty Images"
_PICTURE_AGENCIES = "Getty|Shutterstock|Alamy|PA|PA Wire|dpa|ANP|TASS|Sipa"
# The page's own standard wording, however much it reads like a sentence: the same lines stand
# under every article of a site family (WordPress and Disqus comments, GOV.UK's cookie banner,
# Substack, agencies' self-descriptions, print-edition notes).
_PAGE_WORDING: tuple[tuple[str, str], ...] = (
    # "Daily Flash is a member of the Independent Press Standards Council. Read our editors'
    # code.", "This newspaper is regulated by IPSO": the site says so, pointing to its code, or
    # of itself (not "The Daily Courier is a member of IPSO" in a story about a ruling)
    ("press regulation", r"^((?-i:[A-Z])[\w'’&. -]{1,40}|we) (is|are) (a member|members) of "
                         r"[^.!?]{3,80}\. read (our|the) [\w'’ ]{0,30}(code|standards|"
                         r"guidelines)\.?$|"
                         # (of a press body, as the site's own line: not "Poland is a member of
                         # the WTO and complies with its standards", nor a ruling reported)
                         r"^((?-i:[A-Z])[\w'’&. -]{1,40}|we) (is|are) (a member|members) of "
                         r"(the )?[^.!?,]{0,50}\b((press|media|news) (council|complaints|"
                         r"standards|ombudsman|regulator|association)|ipso|impress)\b[^.!?,]{0,30} "
                         r"and (abides|abide|complies|comply|adheres|adhere) (by|with|to) (its|"
                         r"their|the) [\w'’ ]{0,30}(code|standards|guidelines)\b[^.!?,]{0,40}\.?$|"
                         r"^(this|our) (newspaper|site|website|publication|title) (is|are) (a "
                         r"member of|regulated by)\b[^.!?]{3,80}\.?$"),
    # a paywall midway: "You have reached the end of your free preview", "Subscribe to Merkur
    # from LSM 19 a month and get unlimited access to ...", "Already a subscriber? Log in"
    ("subscription", r"\breached the end of (your|this|the) (free )?(preview|sample|article "
                     r"limit|free articles?)\b|^subscribe to [^.!?]{1,60}\b(get|for) (unlimited|"
                     r"full) access\b|^subscribe to [^.!?]{1,60}\b(unlimited|full) (digital )?"
                     r"access\b[^.!?]{0,30}(\d|a month|a year|a week)|"
                     r"^\W*we have a small favou?r to ask\b|"
                     r"^already (a |an )?(subscriber|member)\?|^see (all )?"
                     r"(subscription|subscriber) (options|plans|offers)$"),
    # the writer's bio: "Daniela Horvatová covers technology and telecoms for Merkur. Follow her
    # on X @DHorvatova"
    ("author bio", r"^(?-i:[A-Z])[\w'’.-]+( (?-i:[A-Z])[\w'’.-]+){1,3} (covers|reports on|writes "
                   r"about) [^.!?]{3,80} for (the )?(?-i:[A-Z])[\w'’&. -]{1,40}\.( follow (him|"
                   r"her|them) on [^.!?]{1,40})?\.?$"),
    # a contact strip: "Institute · Geofizička 12, 10000 Veldrin · (01) 555 0199 · info@ksi.gov.ks"
    # (two separators or more, and no sentence: not "The texts, signed “Customer Care · HMRC”,
    # asked victims to reply to refunds@...")
    ("contact", r"^(?=(.*\s[·|•]\s){2})[^.!?]{2,120}\s[·|•]\s[^!?]{0,160}\w@[\w-]+\.\w[^\s]*"
                r"(\s[·|•]\s[^!?]{2,80})?(?<![.!?])$"),
    # ... or with a telephone number at its end: "Orlen Valley Courier d.o.o. · Trg bana 4,
    # Šalovac · 032 555 0190"
    ("contact", r"^(?=(.*\s[·|•]\s){2})(?=.*\b(d\.o\.o|ltd|gmbh|a\.s|s\.r\.o|inc|plc|llc|ag|"
                r"s\.a|oy|ab|spa|srl|bv|nv)\b)[^!?]{2,200}\s[·|•]\s(tel\.?:?\s*)?\+?\(?"
                r"\d[\d ()/-]{6,}\d$"),
    # a bare address: "ovcourier.example/subscribe"
    ("navigation", r"^(https?://)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/(subscribe|newsletters?|"
                   r"sign-?up|register|login|account|apps?|donate|membership|join)\b[\w./?=&%-]*$"),
    # a bulletin's stamp: "Issued 14 October 2031 at 18:30 local time (16:30 UTC). This
    # bulletin replaces Bulletin No. 3."
    # (with its time or what it replaces: a timeline's "Issued 3 March 2024" is a heading)
    ("metadata", r"^(issued|published|released|updated)( on)? (\d{1,2} \w+|\w+ \d{1,2},?) "
                 r"(19|20)\d\d(( at \d{1,2}[:.]\d\d[^!?.,]{0,40})\.?( this (bulletin|release|"
                 r"update|report|notice) (replaces|supersedes|updates)\b[^!?]{2,60}\.?)?|\.? this "
                 r"(bulletin|release|update|report|notice) (replaces|supersedes|updates)\b"
                 r"[^!?]{2,60}\.?)$"),
    # a newsletter box's pitch: "The most important news from the valley in your inbox before
    # 7am.", "... every weekday at 7am. No spam, unsubscribe any time."
    # (a time after it: not "invoices arrived in your inbox by the hundred")
    ("subscription", r"\bin your inbox (before|by|every|each|at) (\d{1,2}([:.]\d\d)?\s?"
                     r"(am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d\d|(every |each )?(morning|evening|"
                     r"weekday|day|week|[a-z]+day))\b[^.!?]{0,20}(,? (completely |absolutely )?"
                     r"free( of charge)?)?[.!]?$|"
                     r"\bno spam\b[^.!?]{0,10}[.,]? unsubscribe (at )?any ?time\b|"
                     r"^(get|sign up for|subscribe to) (the |our )?(?-i:[A-Z])[\w'’ ]{1,30} "
                     r"(daily|weekly|newsletter|digest)$"),
    # an appeal for readers' money: "Support independent local news. Become a Friend of Lisov
    # Life from 50 crowns a month.", "Enjoying The Backbencher? ... Become a paying member"
    # (the call followed by its pitch: not "Support local journalism or lose it, ... warns")
    ("appeal", r"^support (independent|local|our|quality|public[- ]interest|community)( local)? "
               r"(news|journalism|reporting|radio)\. (become|donate|subscribe|join|give)\b"
               r"[^!?]{0,150}$|"
               r"^become an? ((?-i:[A-Z])[\w'’]* ){0,3}(paying )?(friend|member|supporter|patron|"
               r"subscriber)( of (?-i:[A-Z])[\w'’ ]{1,30})?\W*$|"
               r"(^|[.!?] )become an? ((?-i:[A-Z])[\w'’]* ){0,3}(paying )?(friend|member|supporter|"
               r"patron|subscriber)( of (?-i:[A-Z])[\w'’ ]{1,30})? (from|for) [^.!?]{1,20}\b"
               r"(a|per) (month|year|week)\b|"
               r"^\W*enjoying (this (newsletter|podcast|article|post)|(?-i:[A-Z])[\w'’ ]{1,30})"
               r"\?\W*\s.*\b(subscribe|become a (paying )?(member|subscriber|supporter)|donate|"
               r"pledge|upgrade)"),
    # "Comments reflect the opinions of readers, not of the ... editorial team."
    ("comments", r"^(?!.*\b(said|says|told|argued|noted|ruled|found|claimed|insisted)\b)(the )?"
                 r"comments (reflect|represent|express|are) (only )?the (opinions?|views?) of "
                 r"(their authors|readers|the (readers|commenters|users))\b"),
    # "Content on this website may be reproduced freely, provided the source is cited."
    # (of this site, or with the source credited: not "Information may be shared with police")
    ("copyright", r"^(?!.*\b(said|says|told|argued|noted|ruled|found|warned|confirmed)\b)(the )?"
                  r"(content|material|texts?|articles?|information)( (on|of|from|published on) "
                  r"this (website|site|page|portal))? (may|can) be (freely )?(reproduced|"
                  r"republished|reprinted|reused|shared|used)\b(?=.*\b(this (website|site|page|"
                  r"portal)|provided (that )?(the )?source|with (attribution|credit)|freely)\b)"
                  r"[^!?]{0,80}$"),
    # a foot's contact block: "Tel.: +387 1 456 7000", "Trg Republike 1, 10000 Kesmir"
    ("contact", r"^(tel|phone|telephone|fax|mob|mobile|switchboard)\.?\s*:?\s*\+?[\d ()/.-]{6,}"
                r"(\s*[|·•]\s*[\w.+-]+@[\w.-]+)?$|"
                r"^(?-i:[A-Z])[\w .'’-]{2,40} \d{1,4}[a-z]?(/\d+)?, "
                r"(\d{3} \d{2}|\d{5}|(?!19|20)\d{4}) (?-i:[A-Z])[\w -]{1,30}$"),
    # ... or a strip of them: "National Environmental Inspectorate · Na Výšinách 1142/7 · 170 00
    # Karvena"
    ("contact", r"^(?=(.*\s[·|•]\s){2})[^.!?]{2,120}\s[·|•]\s[^.!?·|•]{2,40} \d{1,4}[a-z]?(/\d+)?"
                r"\s[·|•]\s(\d{3} \d{2}|\d{5}|(?!19|20)\d{4}) (?-i:[A-Z])[\w -]{1,30}"
                r"(\s[·|•]\s[^!?]{2,80})?$"),
    # a radio site's player: "LISTEN LIVE ▶", "Now playing: Evening Drive with ..."
    ("navigation", r"^\W*listen live\s*[▶►▸>]\W*$|^now playing\s*:\s*[^.!?]{2,60}\bwith "
                   r"(?-i:[A-Z])[^.!?]{1,40}$|^(?-i:[A-Z])[\w'’ ]{1,30} \d{2,3}[.,]\d ?(fm|mhz)$"),
    # "This story will be updated as more information becomes available."
    ("label", r"^this (story|article|page|report|post) (will be|is being) updated (as|when|with|"
              r"throughout|regularly)\b[^!?]{0,50}$"),
    # a site's name as its address: "ZENIT.news"
    ("masthead", r"^(?-i:[A-Z])[\w-]{1,30}\.(com|news|net|org|info|online|media|tv|co\.uk|eu)$"),
    # a bulletin's stamp: "Issued at 5:00 AM, Saturday, 21 September 2030"
    ("metadata", r"^\W*(issued|published|updated)( at| on)? \d{1,2}[:.]\d\d\s*"
                 r"(am|pm|a\.m\.|p\.m\.)?,? (\w+day,? )?\d{1,2} \w+,? (19|20)\d\d\W*$"),
    # a call-out to readers: "Did you work with ...? Contact us securely: tips@..."
    ("contact", r"\bcontact us( securely| confidentially| in confidence)?\s*:\s*[^\s@]+@"),
    # "This article is published under a Creative Commons ... licence", "Reproduction of this press
    # release is permitted provided the source is acknowledged."
    ("copyright", r"^this (article|story|work|content|report|piece) is (published|licensed|"
                  r"available) under (a|the) creative commons\b|^reproduction of this (press "
                  r"release|release|article|content|material|bulletin|statement|publication) is "
                  r"(permitted|allowed|authori[sz]ed)\b"),
    # the page's widgets and buttons: "Weather: Marovec 9 °C, cloudy", "Download our app",
    # "Listen to this article ▶ 3 min", "💬 Join the discussion (87)", "We value your privacy"
    ("metadata", r"^weather\s*:\s*[^.!?]{2,40}?-?\d+\s?°\s?[cf]\b[^.!?]{0,20}$"),
    # (as the rules before them read such lines: an app's link with the site's follow links, an
    # audio player with the share buttons)
    ("follow us", r"^download (our|the) ([\w ]{1,20} )?app\W*$"),
    ("share buttons", r"^listen to this (article|story)\b[^.!?]{0,20}$"),
    ("navigation", r"^(listen|watch) again\s*:\s*[^!?]{3,120}$"),
    ("comments", r"^(\W+\s*)?join the (discussion|conversation|debate)( \(\d[\d,]*\))?\W*$"),
    ("cookies", r"^we value your privacy\W*$"),
    # a station's licence line: "Radio Lunesk 98.4 FM · Licensed by the Kestrian Broadcasting
    # Council"
    ("footer", r"[·|•]\s*licen[cs]ed by the [\w ]{2,50}(council|authority|commission|regulator|"
               r"agency)\W*$"),
    # a desk's credit: "Newsroom / I. P."
    ("byline", r"^(newsroom|news ?desk|editorial( team)?|staff)\s*/\s*(?-i:([A-Z]\.\s?){1,3})$"),
    # a box of downloads' label: "Attachments:"
    ("download", r"^(attachments?|downloads?)\s*:$"),
    # an inline teaser, though it asks a question: "Related content: What are my rights if ...?"
    ("teaser", r"^related (content|coverage|stories|articles|reading|links?)\s*:\s*\S"),
    # a bulletin's note on the one it replaces: "This bulletin replaces Special bulletin No. 26"
    ("metadata", r"^this (bulletin|release|update|report|notice|statement) (replaces|supersedes)"
                 r"\b[^!?]{2,120}\.?$"),
    # a release's contact line: "Media enquiries: Press Office of the Ministry ..., 022 10 44 00"
    ("contact", r"^(media|press) (enquiries|inquiries|contacts?)\s*:\s*\S"),
    # an inline teaser: "ALSO READ: Who is really paying for ...?"
    ("teaser", r"^(also read|read also|read more|see also)\s*:\s*\S[^.!]{2,150}[?]?$|"
               r"^(also read|read also|read more|see also)\s*:\s*(?-i:[A-Z])[^!]{2,150}\.$"),
    # a comment form's prompt and a media register's line: "You must be logged in to comment",
    # "Domovina Danas is registered in the Register of Media under No. IM 000412"
    ("comments", r"^you must be (logged|signed) in to (comment|post|reply)\b"),
    ("copyright", r"\bis registered in the register of media\b|\bthe views of commenters are "
                  r"their own\b|^links to external (sites|websites|pages) are provided\b"),
    # a release's small print: "Forward-looking statements: This release may contain ..."
    ("disclaimer", r"^(cautionary (note|statement) regarding )?forward[- ]looking statements?"
                   r"\s*[:.–—-]"),
    # a company's registration strip: "Norvane Orbital Launch Systems AS · Org. no. 922 417 630"
    ("footer", r"\b(org(anisation)?\.? ?(no|nr|number)|registration (no|number)|company (no|"
               r"number|reg(istration)?)|reg\.? no|vat (no|number|reg))\.?\s*:?\s*\d[\d ]{3,}"),
    # Sites' own fixed lines, word for word (NPR, ABC Australia, The Independent, Reach plc,
    # Bloomberg, The Japan Times, Patch, SCMP, DW, Yahoo, Scripps stations, Axios).
    ("site wording", r"^accuracy and availability of npr transcripts may vary\b|"
                     r"^keyboard shortcuts for audio player$|^(hide|toggle) caption$|"
                     r"^heard on (all things considered|morning edition|weekend edition[\w ]*|"
                     r"here & now|fresh air)$|^become an npr sponsor$|^more stories from npr$|"
                     r"^we acknowledge aboriginal and torres strait islander peoples\b|"
                     r"^this service may include material from agence france-presse\b|"
                     r"^aest = australian eastern standard time\b|^return to top$|"
                     r"^loading( form)?(\.\.\.|…)$|^share article$|^more on:?$|"
                     r"^get breaking news alerts directly to your phone\b|"
                     r"^bookmark popover$|^removed from bookmarks$|^close popover$|"
                     r"^i would like to be emailed about offers\b|^thanks for signing up to the "
                     r"[\w ]{2,40} email$|^read our privacy notice$|^our mission is to deliver "
                     r"unbiased\b|^whether \$5 or \$50\b|^join thought-provoking conversations\b|"
                     r"^get the biggest daily news stories by email$|^we use your sign-up to "
                     r"provide content\b|^invalid email$|^something went wrong, please try again "
                     r"later\.?$|^provide news feedback or report an error$|^confidential tip\?$|"
                     r"^send a tip to our reporters$|^site feedback:?$|^take our survey$|"
                     r"^before it['’]s here, it['’]s on the bloomberg terminal\.?$|"
                     r"^[—–-]\s*with assistance from\b[^.!?]{2,120}\.?$|^\(updates? (with|to)\b"
                     r"[^()]{2,120}\)$|^\((adds|recasts|rewrites|writes through|refiles|corrects|"
                     r"changes|updates)\b(?!:)[^().!?:]{2,120}\)$|"
                     r"^in a time of both misinformation and too much "
                     r"information\b|^by subscribing, you can help us get the story right\.?$|"
                     r"^your news needs your support$|^photo gallery \(click to enlarge\)$|"
                     r"^find out what['’]s happening in\b[^.!?]{2,60}with free, real-time "
                     r"updates from patch\.?$|^let['’]s go!$|^the rules of replying:?$|"
                     r"^review the patch community guidelines\.?$|^advertise on patch$|"
                     r"^we['’]ve been covering the war since day one\b|^note from the author:?$|"
                     r"^become a member$|^why you can trust scmp$|^discover more stories on$|"
                     r"^now on scmp$|^made for minds\.?$|^story continues$|^today['’]s news$|"
                     r"^read time:?\s*\d+ mins?$|^get latest cricket updates\b|^now playing$|"
                     r"^report a typo$|^\d+[- ]day forecast$|"
                     r"^go deeper\s*(\(\d+ min\. read\))?\s*:"),
    ("link", r"^https?://\S+$"),
    # a listed company's release: "REGULATED INFORMATION – INSIDE INFORMATION", "NOT FOR RELEASE,
    # PUBLICATION OR DISTRIBUTION ..."; a page's "Print this page | Download PDF (412 KB)"
    ("release furniture", r"^regulated information\b[^.!?]{0,60}$|^not for (release|publication|"
                          r"distribution)\b|^licensing and reprints$|^live coverage$|"
                          r"^[-–—]\s*ends\s*[-–—]$|^\d+ comments?\s*[·|•]\s*(join|add|leave|read|"
                          r"view) (the |a )?(discussion|conversation|comments?)$|"
                          r"^print( this page)?\s*[|·]\s*download (the )?pdf\b[^.!?]{0,20}$"),
    # "Aspra, 14 September 2026, 07:00 EEST": where and when a release was issued
    ("dateline", r"^(?-i:[A-Z])[\w'’ -]{1,30}, \d{1,2} (january|february|march|april|may|june|"
                 r"july|august|september|october|november|december) \d{4},? \d{1,2}[:.]\d{2}"
                 r"( ?[a-z]{2,5})?$"),
    ("site wording", r"^be respectful\. this is a space for friendly local discussions\b|"
                     r"^be transparent\. use your real name\b|^keep it local and relevant\. make "
                     r"sure your replies\b|^stay ahead of the curve with (our|the)\b[^.!?]{0,80}$|"
                     r"^since \d{4}, the japan times has been\b|^hi, this is [^.]{2,40}\. i wrote "
                     r"this story for you\b|\bget the latest news,? weather,? and more on the\b"
                     r"[^.!?]{0,40}\bapp\b|^(new)?you can now listen to [\w' ]{2,30} articles!?$|"
                     r"^click to email a link to a friend\b|^listen to more stories on \w+$|"
                     r"^toggle the table of contents$|^\d+ languages$"),
    ("navigation", r"^(read more|more about|learn more|contact us:?|nearby:|more(\.\.\.|…)|"
                   r"see more)$"),
    # a weather widget: "Tonight: Freezing drizzle ends. Low 29."
    ("weather", r"^(tonight|today|tomorrow|this (morning|afternoon|evening)|(mon|tues|wednes|"
                r"thurs|fri|satur|sun)day)\s*:\s*[^:]{2,80}\b(low|high) -?\d{1,3}°?[cf]?\.?$"),
    ("metadata", r"^\d{1,2}/\d{1,2}/\d{4}\s*[a-z]+\.? \d{1,2}, \d{4}$"),
    ("metadata", r"^posted \d+\s?[hmd] ago|^(and )?last updated\b[^.!?]{0,30}\d[^.!?]{0,30}$"),
    ("photo caption", r"\S(image|photo|photographer)\s*:\s*(?-i:[A-Z])[^.!?]{2,80}$|"
                      r"^data:\s*[^;]{2,80};\s*chart:|"
                      r"\((afp|ap|reuters|pa wire|pa|epa|abc news|abc [\w ]{1,25}: [^()]{2,40}|"
                      r"file image|file photo|supplied|[^()]{2,40} / afp)\)$|"
                      r"\|\s*(kyodo|afp|ap|reuters|bloomberg|getty images|epa|pa)$|"
                      r"^(?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){0,3}\s?/\s?(npr|dpa|kyodo)$"),
    ("comments", r"^\d+ (thoughts?|responses?|comments?|replies) (on|to) [\"“‘'][^\"”’']{2,150}"
                 r"[\"”’']$"),
    ("comments", r"^leave a (reply|comment)( cancel reply)?$|^your email address will not be "
                 r"published\b|^required fields are marked\b|^save my name, email,? and website "
                 r"in this browser\b|^post comment$|^(the )?comments below have not been "
                 r"moderated\b|^the views expressed in the contents above are those of our users\b|"
                 r"^we are no longer accepting comments\b|^share what you think$|"
                 r"^click to rate( \d+)?$|^(newest|oldest|best rated|worst rated)$"),
    ("share buttons", r"^like this:?$|^like loading\.*$|^click to share on \w+|^share article "
                      r"via \w+$|^copy (article )?link$|^post navigation$|"
                      r"^(previous|next) post( (previous|next) post)?\s*:"),
    ("cookies", r"^we use (some )?(essential |necessary )?cookies to make (this|our) (website|site|"
                r"service) work\b|^we['’]d (also )?like to set (additional|analytics|optional) "
                r"cookies\b|^(accept|reject) (additional|all|analytics|optional) cookies$|"
                r"^accept (&|and) (continue|close)$|^ok,? got it!?$|^manage cookies$"),
    ("subscription", r"^thanks for reading [^!.?]{2,60}[!.] (this post is public|subscribe)\b|"
                     r"^(get|receive|have|sign up|subscribe|the latest|the best|our|all the|top "
                     r"stories)\b[^.!?\"“]{0,100}\b(delivered|straight|sent)( straight)? to your "
                     r"inbox\b[^.!?]{0,60}[.!]?$|"
                     r"^got a (confidential )?(news )?tip\? we want to hear from you\.?$|"
                     r"^save articles to read later\b|^don['’]t have an account\? sign up"),
    # an agency's or charity's note on itself, under each story ("..., the news and media
    # division of ..., is the world's largest multimedia news provider"), a release's reuse
    # terms, an aggregator's "... is not responsible for their content"
    ("copyright", r"\bthe ([\w-]+ ){0,2}news (and media )?division of\b|\bis the world['’]s "
                  r"largest multimedia ([\w-]+ ){0,2}news provider\b|^this (bulletin|article|"
                  r"release|press release|story|report|"
                  r"document|material|content|page) (may|can) be (freely )?(reproduced|"
                  r"republished|reprinted|shared)\b|(^|[.!?] )(?-i:[A-Z])[\w .'’-]{1,40} is not "
                  r"responsible for (their|its) content\.?$"),
    ("appeal", r"^your donations? (is|are) (fully )?tax[- ]deductible\b|"
               r"^donations? (is|are) tax[- ]deductible\.?$|"
               r"\bis a registered (charity|foundation|association|non-?profit)\b[^.!?]{0,20}"
               r"\((charity |registration |reg\.? )?(no\.?|number)|"
               r"^(raised|donated) so far\s*:?[^.!?]{0,60}$"),
    ("subscription", r"\bjournalism\b[^.!?]{0,40}\b(depends?|relies|rely) on (the support of )?"
                     r"readers like you\b"),
    ("credits", r"^about the (author|writer)s?\s*:"),
    ("advertisement", r"^report this ad$|^[\w ]{2,30} values your feedback$|"
                      r"^\d\.\s*how relevant is this ad to you\?$|"
                      r"^(advertiser content( from)?|from our sponsor|paid content|"
                      r"partner content)$|"
                      r"^close modal window$|^video\s?\d{1,2}:\d{2}$|"
                      r"^please use chrome browser for a more accessible video player$"),
    ("follow us", r"^follow (?-i:[A-Z])[^.!?]{1,40} on (facebook|twitter|x|instagram|linkedin|"
                  r"tiktok|youtube|threads|bluesky)\b"),
    ("subscription", r"^thank you for subscribing!?$|^email newsletters$|^email \(required\)$|"
                     r"\bselects (his|her|their) favou?rite stories in this (weekly |daily )?"
                     r"newsletter\b|^i understand and agree that registration on or use of this "
                     r"site\b|^\* ?i understand and agree\b"),
    ("comments", r"^jump to comments( section)?$|^comment guidelines$|^please keep comments "
                 r"respectful\b|^\d+ comments? / \d+ new$"),
    ("credits", r"\bstory tips can be sent to\b"),
    ("metadata", r"^posted (on|in) ([^.!?:,]{2,40}|\w+ \d{1,2}, \d{4}( by [^.!?]{2,40})?)$"),
    ("navigation", r"^search( for)?(\.\.\.|…|:)$|^search (?-i:[A-Z]{2,6})(\.\.\.|…)$|"
                   r"^((?!the\b)\w+ )?e-?paper$|^follow topic:?$|"
                   r"^find out more on [\w &]{2,30}$|^topics( in this article)?\s*:.{0,120}$|"
                   r"^useful links$"),
    # a wiki's furniture: references, "[edit]" headings, the licence and edit notes
    ("footer", r"^\^ .{2,300}$|^this page was last edited on\b|^text is available under "
               r"the creative commons\b|^this article documents a current event\b|"
               r"^(references|external links|see also|notes)(\[edit\])?$"),
    # a content system's widgets and their unfilled templates ("{{description}}")
    ("widget", r"^\{\{\s*\w+\s*\}\}$|\bon \{\{\s*subject\s*\}\}|"
               r"^you have permission to edit this article\.?$|"
               r"^your notification has been saved\.?$|^there was a problem saving your "
               r"notification\.?$|^email notifications are only sent once a day\b"),
    ("copyright", r"^the [\w ]{2,40} and its journalism are subject to a self-regulation regime\b"),
    # "Content is provided for personal, non-commercial use only.", "Reproduction, even partial,
    # is prohibited without written permission.", "© ALL RIGHTS RESERVED"
    # "This article was translated from the Aurese edition with the help of automatic tools"
    ("disclaimer", r"^this (article|story|text|report) (was|has been|is) (machine[- ]|"
                   r"automatically )?translated (from|by|with|using)\b(?![^!?]*\b(said|told|"
                   r"says)\b)[^!?]{0,200}$"),
    ("copyright", r"^(this |our |all )?(content|material|articles?|site|website|service)s? (is|"
                  r"are) (provided |made available |offered )?for personal,? non-?commercial "
                  r"use only\b|^(redistribution|reproduction|republication)(,? (even )?(partial|"
                  r"in (whole or in )?part),?| or [\w ]{2,30})? (is |are )?(strictly )?"
                  r"prohibited without (the )?(prior )?(express )?(written )?(permission|consent|"
                  r"authori[sz]ation)\b[^!?]{0,40}$|^©?\s*all rights reserved\.?$"),
    # "Comments are subject to our community guidelines. View all 327 comments"
    ("comments", r"^comments are (subject to (our|the)\b[^.!?]{0,40}\b(guidelines|rules|terms|"
                 r"policy)\b|(pre-)?moderated\.?$)"),
    # a form's sign-up wording: "By signing up you agree to our privacy notice.", "Your email"
    ("subscription", r"^by (signing up|registering|continuing|clicking [^,.!?]{2,30}),? you "
                     r"(agree|accept|consent)\b(?![^!?]*\b(said|told|says|according)\b)"),
    # a site's search box: "Search this site"
    ("navigation", r"^search (this|the|our) (site|website)$"),
    # a station's or podcast's own call: "📻 Stay with Radio Lukovac on 98.4 FM and online for
    # updates", "🎧 Listen to Episode 212: Spotify · Apple Podcasts", "Support the pod: ..."
    ("follow us", r"^[^\w\"“‘']*(stay (with|tuned to)\b[^!?]{2,80}\b(updates|the latest|"
                  r"coverage)\b|listen (to|on)\b[^.!?]{0,40}\b(episode|podcast|the show|"
                  r"us)\b[^.!?]{0,40}\b(spotify|apple podcasts|google podcasts|soundcloud)\b|"
                  r"support (the|our|this) (pod|podcast|show|newsletter|blog|channel)\s*[:—–-])"
                  r"(?![^!?]*\b(said|says|told|wrote|writes|according)\b)"),
    ("copyright", r"^this material may not be published, broadcast, rewritten,? or redistributed\b|"
                  r"^the associated press is an independent global news organization\b|"
                  r"^a version of this article appears in print\b|^this article appears in the "
                  r"[\w ]{3,30} (print )?(edition|issue)\b|"
                  r"^part of the [^.!?]{3,80} media group\.?$|"
                  r"^powered by (wordpress|blox|arc xp|\w+ content management)\b[^,!?]{0,80}$|"
                  r"^from wikipedia, the free encyclopedia$|^jump to content$"),
    ("byline", r"^reporting from\s?(?-i:[A-Z])[\w'’ -]{1,30}(, (?-i:[A-Z])[\w'’ -]{1,30})?$|"
               r"^[^.!?]{0,60}\s@\w{2,30}$"),
    ("teaser", r"^keep reading$|^list of \d+ items?$|^related (article|story|post|video|link)s?:?$|"
               r"^read\s*:\s*(?-i:[A-Z])[^.!?]{5,120}\??$"),
    ("metadata", r"^(from )?\d+\s?(h|hr|hrs|m|min|mins|d)\s+ago$|^(january|february|march|"
                 r"april|may|june|july|august|september|october|november|december|spring|summer|"
                 r"autumn|fall|winter) \d{4} issue$"),
    # "Updated 14 October, 16:10 CEST with comment from the NCSA."
    ("metadata", r"^(updated|update)\s*:?\s*((on|at)\s+)?(\d{1,2}[:.]\d{2}|\d{1,2}(st|nd|rd|th)? "
                 r"(?-i:[A-Z])\w+|(?-i:[A-Z])\w+ \d{1,2}\b|\w+day\b)[^.!?]{0,40}\b"
                 r"(with|to (add|include))\b[^.!?]{0,80}\.?$"),
    ("photo caption", r"\((\w+ )?photo (by|courtesy( of)?) [^()]{2,60}\)$|"
                      # "... on Saturday (photo ANSAR / KOS)"; "... on Tuesday morning. LPB /
                      # Tomo Rasić", "... October 14, 2028. Meridian/Nikola Brkan"
                      r"\((photo|foto|picture|image|photograph):? [^()]{2,60}\)$|"
                      r"[.!?]\s+(?!(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                      r"today|tonight)\b)(?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,2}"
                      r"\s?/\s?(?-i:[A-Z])[\w'’-]+( (?-i:[A-Z])[\w'’-]+){1,2}$|"
                      r"\((?-i:[A-Z][a-z][\w.'’-]*)( (?-i:[A-Z][a-z][\w.'’-]*)){1,2} "
                      r"(for (?-i:The) |via (the )?)(?-i:[A-Z])[^()]{1,40}\)$|"
                      r"\([^()]{2,60} via (AP|AFP|Reuters|Getty Images)\)$|"
                      r"[.!?]\s*\|\s*[^|.!?]{2,40}\s*\|\s*[^|.!?]{2,50}$|©\s*[^©]{2,40}/[^©/]{2,40}$|"
                      r"^[^.!?]{0,30}\bfile (photo|picture|image)\.?$|^(photographs?|photos?|"
                      r"pictures?|illustrations?|images?) by (?-i:[A-Z])[\w.'’-]+"
                      r"( (?-i:[A-Z])[\w.'’-]+){1,2}( (for|/) [^.!?]{2,40})?$|"
                      r"^(?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){0,3}\s?/\s?(getty images|afp|"
                      r"reuters|ap|epa|epa-efe|bloomberg|shutterstock|alamy|pa( wire| media)?|"
                      r"anadolu|xinhua|bbc|nurphoto|sopa images|zuma|sipa|pool)$|"
                      r"^(bbc|afp|ap|pa|epa|reuters|getty images)\s?/\s?(?-i:[A-Z])[\w.'’-]+"
                      r"( (?-i:[A-Z])[\w.'’-]+){0,3}(?<!poll)(?<!survey)$"),
    # an app's promotion: "Get breaking news as it happens – download the free TRV News app
    # for Android and iOS." (a call to the reader to get the site's own app, with the stores'
    # platforms: not "The ministry's app, free on iPhone and Android, crashed within an hour",
    # "Download numbers for the app passed two million on iPhone and Android")
    ("app promotion", _UNSAID + r"(get|download|install|read|follow|stay|never miss)\b[^!?]{0,80}"
                      r"\b(download|install|get|with) (our|the)( free)?( (?-i:[A-Z])[\w&'’.-]*)"
                      r"{0,3}( news)? app\b[^!?]{0,40}\b(iphone|ios|android)\b[^.!?]{0,60}[.!]?$"),
    # the comment section's rules: "Comment policy: we reserve the right to remove comments
    # that are abusive ...", "Comments are the responsibility of their authors."
    # (the page's own rules, not a court's or a paper's terms reported: "Comments are the
    # responsibility of their authors, the court said")
    ("comments", _UNSAID + r"(comments? polic(y|ies)\s*:\s*(we|our|comments|please|posts)\b|"
                 r"comments are the (sole )?responsibility of (their|the) (authors?|writers?|"
                 r"users?|posters?)\b|we reserve the right to (remove|delete|moderate|edit|"
                 r"refuse)\b[^.!?]{0,60}\bcomments?\b)"),
    # a cookie banner in the site's own words: "Cookies help us improve our website. By
    # clicking “Accept”, you agree ...", "Orizzonte and its partners use cookies ..."
    ("cookies", _UNSAID + r"(cookies help us\b|([^.!?]*[.!?]\s+)?by clicking [“\"‘']?(accept|ok|"
                r"agree|i agree|allow|got it)\b[^.!?]{0,80}\byou (agree|consent)\b|"
                r"(?-i:[A-Z])[\w'’&. -]{1,40} and (its|our) (partners|vendors|advertisers) use "
                r"cookies\b[^.!?]{0,80}\b(your|you)\b)"),
    # a sentence and the button after it: "Sign our petition to the Vaud Council of State. Sign
    # now", "... members and donors. Donate now", "Love culture? Our free Culture Letter ...
    # Sign up"
    # (not a quotation going on into the next paragraph: "“... and come to the meeting. Join us")
    ("call to action", r"^(?![“\"‘'])[^“\"]*[.!?]\s+(sign (up|now)|donate( now| today)?|"
                       r"subscribe( now| today)?|join (now|us|today)|register now|give now)$"),
    # an agency picture's caption: "Divers ... in this handout picture released on September
    # 16, 2025. IUA/Handout via MPA"
    # (as agencies write it: "in this undated photo", "in this picture taken on ...", not "the
    # man in this picture may have information", "in this photo from 2021")
    ("photo caption", r"\bin this ((undated|handout|file) (handout |file )?(photo|picture|image|"
                      r"photograph)|(handout |undated |file |still |aerial )*(photo|picture|image|"
                      r"photograph|video still|screen ?grab|frame grab) (taken|released|provided|"
                      r"obtained|made available|distributed|dated)\b)|"
                      r"(^|/|\s)(?-i:Handout|HANDOUT|Pool|POOL) via (?-i:[A-Z])[\w.&-]+$"),
    # "Advertisement – story continues below", "Story continues below advertisement"
    ("advertisement", r"^((advertisement|advert|ad)\s*[-–—:|·•]\s*)?(the )?(story|article) "
                      r"continues (below|after (the |this )?(ad|advert|advertisement))\.?$|"
                      r"^(the )?(story|article) continues below (the |this )?(ad|advert|"
                      r"advertisement)\.?$"),
    # a live page's head: "LIVE Updated 11:32", "By the TRV News live team in Brenica" (not
    # "Welcome to our live coverage": it heads the first post)
    ("live blog", r"^live\W+((last )?updated|updates?)\s+\d{1,2}[:.]\d\d\b[^.!?]{0,20}$"),
    ("byline", r"^by the (?-i:[A-Z])[\w'’&. -]{1,40} (live |news |digital |foreign |politics )?"
               r"(team|desk|staff|newsroom|reporters)( in (?-i:[A-Z])[\w'’-]+)?\.?$"),
    # a contact strip ending with its telephone: "Scoil Bhríde NS, Church Road, Kilbrannagh |
    # Roll No. 19876K | Tel: 094 555 2210"
    ("contact", r"^(?=(.*\s[·|•]\s){2})[^!?]{2,200}\s[·|•]\s(tel|tel\.|telephone|phone|ph)\s*"
                r"[.:]?\s*\+?\(?\d[\d ()/-]{6,}\d$"),
    # a broadcaster's service under its name: "SwissVoice · The international service of the
    # Swiss Public Broadcasting Corporation"
    ("logo", r"^(?-i:[A-Z])[\w'’&.-]+( [\w'’&.-]+){0,3}\s[·|•]\s(the )?(international|"
             r"overseas|world|english[- ]language|online|digital|news) (service|arm|edition|"
             r"website|channel) of\b[^.!?]{2,80}$"),
    # the reader's call to the newsroom after a question, ending on how to reach it: "Spotted a
    # jam or a closure? Send a tip to our traffic desk on WhatsApp: 777 984 984." (not a quoted
    # appeal, "“Seen something? Call us on 0800 ...,” she added", nor "Spotted a leak? Send a
    # plumber, the utility said")
    ("contact", _UNSAID + r"(?!.*[“”\"])[^.!?]{3,80}\?\s*(send|e-?mail|whatsapp|text|message|"
                r"call|ring)\s+(us|a tip|your tips?|tips)\b[^!?]{0,20}\b(to|at|on) (our|the) "
                r"[\w ]{0,20}(desk|newsroom)\b[^!?]{0,20}(\S@[\w.-]+|\d[\d ]{5,}\d)[.!]?$"),
    # "Were you in Harlowe Cross today? If it is safe to do so, share your experience by
    # emailing haveyoursay@..." (the page's own appeal: no quotation, nothing after the address)
    ("contact", r"^(?!.*[“”\"])[^.!?]{0,60}\byou\b[^.!?]{0,60}\?\s*if [^.!?]{2,40},\s*(please "
                r")?(" + _SHARE_YOURS + r"|share your experience|get in touch|contact us|"
                r"e-?mail us)\b[^!?]{0,40}\S@[\w.-]*\w\.?$"),
    # the newsroom's own invitation: "Do you have tips, pictures or video? Contact the newsroom
    # at tips@... or send an SMS to 2290 – we pay for material we use."
    ("contact", _UNSAID + r"(?!.*[“”\"])(do you have|got) (any )?(news )?tips?\b[^.!?]{0,60}\?\s*"
                r"(contact|e-?mail|send|call|whatsapp|write)\b[^!?]{0,80}(\S@[\w.-]*\w|\d{4,})"
                r"(\s+[–—-]\s+(we|our)\b[^.!?]{0,40})?[.!]?$"),
    # a broadcaster's pointer to its own bulletins and app: "Hear the full report in our 1 pm
    # news bulletin, or catch up any time in the Radio Hradov app." (not "Watch the broadcast
    # on BBC One, or catch up any time on iPlayer", a story's advice)
    ("app promotion", _UNSAID + r"(hear|watch|listen to|see)\b[^.!?]{0,40}\bour [^.!?]{0,20}"
                      r"\b(bulletin|programme|broadcast|podcast)\b[^.!?]{0,20},? or catch up (any "
                      r"?time|on demand|later)\b[^.!?]{0,30}\b(our|the) [^.!?]{0,30}\b(app|player|"
                      r"website)[.!]?$"),
    # the comment section's rules: "Comments policy: Slobodni Dnevnik does not publish comments
    # that are offensive ...", "We moderate every comment before it is published. Please keep
    # it civil ..." (not "Comments policy: The Herald will not publish comments on court reports
    # from April", nor "We moderate every comment before it is published on stories about ...")
    ("comments", _UNSAID + r"(comments? polic(y|ies)\s*:\s*(?-i:[A-Z])[\w'’&. -]{1,40} (does not|"
                 r"doesn['’]t|will not|won['’]t|may not) (publish|accept) comments (that|which)\b|"
                 r"we (moderate|review|read|check|approve) (every|all|each) (comments?|posts?) "
                 r"before (it is|they are) (published|posted)\.(\s|$))"),
    # the site's app, by its name: "Get the SD app – breaking news before anyone else, free on
    # iOS and Android.", "Get the Blaze app for breaking news alerts, puzzles and ...", "Follow
    # every development on the KBC News app — it's free to download on iPhone and Android."
    # (what it offers the reader: not "Install the Google Authenticator app on your iPhone
    # before the deadline", "Download the NHS Covid-19 app now: ministers urge ...")
    ("app promotion", _UNSAID + r"(get|download|install|follow)\b[^!?:]{0,40}\b(the|our)( free)?"
                      r"( (?-i:[A-Z])[\w&'’.-]*){1,3}( news)? app\b[^!?:]{0,60}\b(free|breaking "
                      r"news|news alerts|before anyone else)\b[^!?]{0,60}[.!]?$"),
    # a price to subscribe: "Become a subscriber – local news from 49 kroner a month",
    # "Subscribe to the magazine: 11 issues in print plus the digital archive for only €39.90
    # a year."
    ("subscription", r"^(become an? subscriber|subscribe( (now|today))?( to [^.!?:–—]{1,30})?"
                     r"\s*[:–—-])[^!?]{0,100}\b(from|for|only|just) [^.!?]{0,12}\d[\d.,]*"
                     r"[^!?]{0,15}\b(a|per|/) ?(month|year|week|issue)\b[^!?]{0,20}[.!]?$"),
    # an edition's note on its language: "You are reading Handelsposten in English. Our English
    # articles are translated from Norvalian with the help of machine translation ..."
    ("edition", r"^you( a|['’])re reading [^.!?]{1,50}\. (our [^.!?]{1,30}|(the )?(articles|"
                r"stories)) (are|is) (machine[- ]|automatically )?translated\b[^.!?]{0,80}\b("
                r"machine translation|automatically|translation software|artificial "
                r"intelligence|ai)\b"),
    # two credits on one line: "Text: Maria Novak | Photos: Jan Horák"
    ("credits", rf"^(text|words|story)\s*:\s*{_CASED_NAME}\s*[|·•]\s*(photos?|pictures?|images?|"
                rf"photography)\s*:\s*{_CASED_NAME}$"),
    # a release's foot: "For further information: Press and Information Office, tel. (011)
    # 456 7700, press@...", "Communications Unit, Ministry of Digital Affairs – tel. 22 24 90
    # 00", "Interview requests should go through the press office on 01632 960441.", "Media
    # enquiries are answered 08:00–20:00, seven days a week." (an office's: not "Flood helpline
    # – phone 0300 ...", "Press enquiries are now handled by ...")
    ("release furniture", r"^(for (further|more) information|further information)\s*:\s*[^!?]{0,40}"
                          r"\b(press|media|information|communications) (office|unit|service|"
                          r"department|team)\b[^!?]{0,80}(\btel\b|\bphone\b|\S@\S)|"
                          r"^(press|media|communications|information)( and information)? (office|"
                          r"unit|department|team|service|desk)\b[^.!?]{0,80}\s[–—,-]\s*(tel|phone|"
                          r"telephone)\.?:?\s*\+?\(?\d[\d ()/-]{5,}\d(\s*[–—,|·]\s*\S+@\S+)?$|"
                          r"^(interview|media|press) (requests|enquiries|inquiries|queries) "
                          r"(should go through|should be (sent|directed|made) to|are answered)\b"
                          r"[^.!?,]{0,40}?(\d[\d ]{5,}\d|\d\d[:.]\d\d\s*[–—-]\s*\d\d[:.]\d\d)(,? "
                          r"(seven days a week|on weekdays|daily|every day))?[.!]?$|"
                          r"^journalists (should|can|may) (contact|call|ring) (the|our) (press|"
                          r"media) office (on|at) \+?\(?\d[\d ()/-]{5,}\d[.!]?$|"
                          r"^out of hours\s*:\s*\+?\(?\d[\d ()/-]{5,}\d$|"
                          # a court's own note on its summaries (the UK Supreme Court's)
                          r"^this summary is provided to assist in understanding the court['’]?s "
                          r"decision\b|"
                          r"^this (press release|release|communiqu[eé]|summary|press summary) "
                          r"(is|has been) (issued|prepared|provided)\b[^!?]{0,120}\b(does not "
                          r"bind|(is )?not binding|for the information of)\b[^!?]{0,40}[.!]?$"),
    # a site's own title: "Valmarsa City Marathon — official website" (a name in capitals: not
    # "Where to apply – the official website")
    ("masthead", r"^(?-i:[A-Z])[\w'’&.]*( (?-i:[A-Z0-9])[\w'’&.]*){0,5}\s[–—|-]\s(?-i:official) "
                 r"(website|site|web ?site|portal)$"),
    # a release's stamp: "Issued: 12/08/2025, 23:40 | Press Office, Kelyra Regional Fire ..."
    ("metadata", r"^(issued|published|updated|posted)\s*:\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(,? "
                 r"\d{1,2}[:.]\d\d)?(\s*\|\s*[^.!?]{2,80})?$"),
    # a live page's own label: "Live Reporting"; a player's button: "▶ Listen live"
    ("live blog", r"^(?-i:Live Reporting)$|^[^\w\s]+\s*(listen|watch) live$"),
    # Session 22: a release's legal foot, "This news release contains forward-looking
    # information within the meaning of applicable ... securities laws."
    ("disclaimer", r"^this (news |press )release contains forward[- ]looking (statements|"
                   r"information)\b"),
    # a newsletter's pitch ending "... every Friday, free. Unsubscribe any time."; "Support local
    # journalism: subscribe to the Selna Courier for €4.99 a month ..." (not "Support local
    # journalism – or lose it, warns editor", nor "... customers may unsubscribe at any time.")
    ("subscription", r"[.!]\s+unsubscribe (at )?any ?time\.?$|^support (local|independent|our|"
                     r"quality) journalism\s*:\s*(subscribe|become|donate|join|sign up)\b"),
    # the writer's note: "... is a staff reporter with the Courier. Reach her at ...@..."
    ("contact", r"\b(reporter|correspondent|writer|editor|journalist)\b[^.!?]{0,60}\.\s+(reach|"
                r"contact|email|e-mail) (her|him|them|me) at\s+\S+@\S+$"),
    # "Did you feel the earthquake? Help us by completing the macroseismic questionnaire ..."
    ("contact", r"^[^.!?]{0,80}\?\s*help us (by|with) (completing|filling|answering|taking)\b"
                r"[^!?]{0,100}$"),
)
# one pattern per kind, in the order the kinds first appear
_PAGE_VOICE = tuple(
    (kind, re.compile("|".join(f"(?:{p})" for k, p in _PAGE_WORDING if k == kind), re.IGNORECASE))
    for kind in dict.fromkeys(k for k, _ in _PAGE_WORDING))
# the page's note about itself: "This article was amended on ... to correct ...", "An earlier
# version of this story misstated ...", "Correction: ..."
_CORRECTION = re.compile(
    r"^[•*·-]?\s*(this (article|story|piece|post|headline) (was|has been) (amended|"
    r"updated|corrected|changed)\b(?! (in|into|to) (a|an|the)\b)|"
    r"(due to an? (editing|production|reporting) error, )?(an earlier|a previous|"
    r"an? (original|older)) version of this (article|story|piece|post|headline|"
    r"report|photo caption)( incorrectly| mistakenly)? (said|stated|misstated|gave|"
    r"misspelled|misidentified|misnamed|referred|described|reported|included|"
    r"omitted|was|had|quoted|attributed|named|listed|suggested|implied|contained)\b|"
    r"(correction|clarification|corrected|editor['’]?s note)( \([^)]{1,40}\)|, "
    r"[^:]{1,25})?\s*:)", re.IGNORECASE)


_STRONG: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (detail, re.compile(pattern, re.IGNORECASE))
    for detail, pattern in (
        ("language menu", r"^(select|choose|change)( your)? language\b"),
        ("language menu", r"^(language|lang)\s*:"),
        # a release's numbered label and the headings of its foot: "**PRESS RELEASE 17/2030**",
        # "Contacts", "About Norvane" (not "Notes to editors": its notes are the release's)
        ("metadata", r"^\W*(press|news|media) release\s*(no\.?\s*)?#?\s*\d[\d/.-]*\W*$"),
        ("contact", r"^\W*(media |press )?contacts\W*$"),
        # (not a person's: "About Dr Ilona Marček" heads the release's part on the new governor)
        ("about the company", r"^\W*about (?!(dr|mr|mrs|ms|prof)\.?\s)(?-i:[A-Z])[\w'’&.-]*"
                              r"( (?-i:[A-Z&])[\w'’&.-]*){0,4}"
                              r"\W*$"),
        ("share buttons", r"^(share|share (this|on|via)\b.*|tweet|print|e-?mail|copy link|save|"
                          r"whatsapp|facebook|twitter|telegram|linkedin|reddit|x)$"),
        # "87 comments", "💬 87 comments", "Comments (12)"
        ("comments", r"^([^\w\s]+\s*)?(\d[\d,.]*\s+)?(comments?|replies|reactions)"
                     r"(\s*\(\d[\d\s,.]*\))?:?$|^sort by\s*:"),
        ("comments", r"^(show|view|add|leave|post|load|hide)( all| more| a| your)?"
                     r"( \d[\d,]*)? comments?\b"),
        ("teaser", r"^(similar|related|recommended|popular|latest|trending|more|top|other)"
                   r"(( \w+)?( news| stories| articles| posts| topics| reads| videos))?:?$"),
        ("teaser", r"^(most (read|popular|viewed|shared))\b( \w+){0,2}:?$"),
        ("teaser", r"^(read more|read also|also read|see also|more on this|more from|watch|listen|"
                   r"related( (content|coverage|stories|articles|reading|links?))?|"
                   r"recommended( reading)?|you may also like|don[’']t miss)\b\s*[:|»>–—-]"),
        # a print edition's pointer: "SEE PAGES 62-63: How Milena went from hero to zero", its
        # page heads ("PAGE 3 | REGION") and the rest of a story ("HEATWAVE (continued from page
        # 1)")
        ("teaser", r"^(see|turn to|continued on|more on) (page|pages|pp?\.) \d+([-–]\d+)?\b"),
        ("navigation", r"^page \d+\s*[|·•]\s*[\w ]{1,25}$|\((continued|cont['’]?d\.?) (from|on) "
                       r"page \d+\)$"),
        # a page's downloads: "Download this bulletin (PDF, 412 KB) · Warning map · ..."
        ("release furniture", r"\((pdf|docx?|xlsx?|csv|zip)\s*,\s*[\d.,]+\s*(kb|mb)\)"),
        # a ticker: "BREAKING • Farmers’ union backs ... • Dinar speculation: who profits? •"
        # (not a live post's "BREAKING: Death toll rises to 14 · 12:40")
        ("teaser", r"^(breaking|breaking news|latest|just in|news ticker)\s*[•|·]\s*[^•|·]{3,120}"
                   r"[•|·]"),
        # a live page's buttons: "Load older updates", "Show more posts"
        ("navigation", r"^(load|show|see|view) (more|older|earlier|newer|latest) (updates|posts|"
                       r"entries|stories|news)$"),
        # an imprint's officers: "Editor-in-chief: Gunnar Sæther"
        ("imprint", r"^(editor[- ]in[- ]chief|responsible editor|managing editor|publisher|"
                   r"editorial director)\s*:\s*" + _CASED_NAME + r"$"),
        # a site's standards links: "Our Standards: The Thomson Reuters Trust Principles.", "Our
        # editorial code: How Meridian reports the news", "License this article"
        ("site wording", r"^our (standards|editorial (code|standards|guidelines|values|policy))\s*:"
                         r"[^!?]{0,80}$|^the [\w ]{1,40} trust principles\.?$|"
                         r"^licen[cs]e this (article|story|content|video)$"),
        # a pair of neighbours: "Previous decision | Next decision"
        ("navigation", r"^(previous|prev|next) \w{2,15}\s*[|·/]\s*(previous|next) \w{2,15}$"),
        # a live page's credits: "Updated by Andreea Munteanu in the studio, with ...",
        # "Live reporting: Katarina Lovrić and Dino Šestan (Veldrin), Ivana Mrak (Šalovec)"
        # (a name of two words or more: not the subheading "Produced by Rubin, owned by the
        # artists", nor "Reporting: Who pays for it now")
        ("byline", r"^(updated|compiled|edited|written|produced) by " + _CASED_NAME +
                   r"([ ,][^.!?]{2,150})?$|^(live reporting|reporting|writing|editing)\s*:\s*" +
                   _CASED_NAME + r"([ ,][^.!?]{2,150})?$"),
        # a stamp over an update: "UPDATE 21:05", "Update: 14.30 CET"
        ("metadata", r"^update(d)?\s*[:,]?\s*\d{1,2}[:.]\d\d(\s?[A-Z]{1,4})?$"),
        ("teaser", r"^(read more|read also|also read|see also|read the full (story|article)|"
                   r"continue reading|click here|you may also like|don[’']t miss)\b.{0,80}$|"
                   # "Read the full Reuters report", "Read the full AP story here"
                   r"^read the full (?-i:[A-Z])[\w.&'’-]*( (?-i:[A-Z])[\w.&'’-]*){0,2} "
                   r"(story|article|report|statement|interview)( here)?\.?$"),
        ("advertisement", r"^(advertisement|advertising|sponsored( content)?|promoted|ad|"
                          r"scroll to continue( with content)?|story continues below)$"),
        ("subscription", r"\b(subscribe|sign up|register)\b.{0,40}\b(our|newsletters?|briefing|"
                         r"brief|digest|bulletin|alerts|mailing list|updates)\b"),
        ("subscription", r"^(subscribe|newsletter|sign up|sign in|log ?in|register)\b"
                         r"[^.!?]{0,40}$"),
        ("subscription", r"\b(available|accessible|open)( only)? to (paid |premium )?"
                         r"subscribers\b"),
        ("subscription", r"\bfor (paid |premium )?subscribers only\b"),
        ("subscription", r"\benter your e-?mail( address)?\b|"
                         r"\b(free|straight|direct) to your inbox\b"),
        # "Sign in or create an account to join the discussion", "Join the debate - log in or
        # register to comment"
        ("comments", r"^(sign|log) in or (create|register)\b.{0,60}\b(account|discussion|comment)|"
                     r"\b(sign|log) ?in or (register|sign up|create an account) to (comment|reply|"
                     r"join)\b|^join the (debate|conversation|discussion)\b[^.!?]{0,60}$"),
        # "... Subscribe at meridianwire.com/subscribe."
        ("subscription", r"\bsubscribe (now |today )?(at|on|via) (https?://)?[\w-]+(\.[\w-]+)+"),
        ("logo", r"^[^.!?|]{2,40} [-–|] home$"),
        # "Our journalism is funded by readers like you. Support us today.", "Support The Times"
        ("subscription", r"\b(funded|supported) by (our )?readers\b|"
                         r"\breader-(funded|supported)\b|"
                         r"^support (us|our|(truly )?independent|"
                         r"(the )?(?-i:[A-Z])[\w'’-]+( (?-i:[A-Z])[\w'’-]+){0,3}$)"),
        # "Independent journalism in Vostrania depends on readers like you. Become a member
        # from 3.99 € a month."
        # a newsletter box: "GET THE LATEST HEALTH NEWS", "We will use your email address only
        # for sending you newsletters."; a newsletter's own: "If a friend forwarded you this,
        # you can sign up below"
        ("subscription", r"^get the latest [\w ]{0,20}\b(news|updates|headlines|stories)$|"
                         r"^get our (free )?(newsletter|app|daily|weekly|briefing)\b[^.!?]{0,30}$|"
                         r"\byour e-?mail( address)?\b"
                         r".{0,60}\bnewsletters?\b|\bforwarded (you )?this\b.{0,60}\bsign "
                         r"up\b"),
        ("follow us", r"^(follow|join|find|like) us\b[^.!?]{0,80}$"),
        # "Follow Kazinform on Telegram", "Follow the latest news on Trend's Telegram channel"
        ("follow us", r"^(follow|join|subscribe to|read) (\S+ ){1,5}on (\S+['’]s |our )?"
                      r"(telegram|twitter|x|facebook|instagram|whatsapp|youtube|tiktok|vk|"
                      r"viber|threads|linkedin|google news)\b(.{0,30}|\s+(for|to get) [^.!?]{0,60}"
                      r"[.!]?)$"),
        ("follow us", r"\b(on|via|to|in) (our|[\w'’ -]{1,40}['’]s?) (telegram|whatsapp|youtube|"
                      r"viber|tiktok|instagram) (channel|account|page)\b"),
        # "Join ST's Telegram channel and get the latest breaking news delivered to you."
        ("follow us", r"^(join|follow) [\w'’ -]{1,40}['’]s? (telegram|whatsapp|youtube|viber|"
                      r"tiktok|instagram) (channel|account|page)\b.{0,80}\b(you|your)\b"),
        # "Get the NHK WORLD-JAPAN app", "Download the BBC News app"
        ("follow us", r"^(get|download|install) (the|our) [\w'’ -]{1,40}\bapp\b[^.!?]{0,60}$"),
        ("subscription", r"\b(reserved|exclusive(ly)?) (for|to) (our )?subscribers\b|"
                         r"\bfree for \d+ (days?|weeks?|months?)\b"),
        ("share buttons", r"^(share|share this( article| story| post)?|follow us)\s*:.{0,80}$"),
        # a site's tagline: "International news agency", "News agency of Kyrgyzstan"
        ("masthead", r"^((the|an?) )?([\w-]+ ){0,2}(news|information|press) (agency|portal|"
                     r"service|website|outlet)( of [\w -]{2,30})?$"),
        ("follow us", r"^(subscribe to|join) our \w+( channel)?\b"),
        # (not "Copyright law is murky.", "Copyright battle")
        ("copyright", r"^(©|\(c\)|copyright\b(?!\s+(laws?|rules|infringement|claims?|holders?|"
                      r"battles?|cases?|office|protection|owners?|is|was|has)\b))"),
        ("copyright", r"\ball rights (are )?reserved\b"),
        ("copyright", r"\b(reproduction|republication|redistribution|copying)\b.{0,80}"
                      r"\b(prohibited|forbidden|not permitted|without (the )?(prior )?"
                      r"(written )?(permission|consent))\b"),
        ("copyright", r"\b(when (using|citing|quoting)|use of) (\w+ )?(materials?|content)\b.{0,60}"
                      r"\b(link|reference|hyperlink)\b.{0,40}\b(required|mandatory|obligatory)\b"),
        ("metadata", r"^(release date|next release|date of (release|publication))\s*:.{0,60}$"),
        # "Table 1. Key indicators": a table's title
        ("caption", r"^table \d{1,2}[.:]\s[^.!?]{1,100}$"),
        # "Download data (CSV)", "Download release (PDF, 412 kB)", "Open table in data portal"
        ("navigation", r"^(download|open|view|export)\b[^.!?]{0,40}\b(csv|pdf|xlsx?|xml|json|"
                       r"data portal|\d+\s?[km]b)\b[^.!?]{0,20}$"),
        # "Listen to Morning Report: Governor ... on the figures", "Watch: ..."
        ("teaser", r"^(listen|watch)( to| again)? (?-i:[A-Z])[^.!?:]{0,40}:\s[^.!?]{0,100}$"),
        # an agency's tagline: "Exclusive news, data and analytics for financial market
        # professionals"
        ("logo", r"^exclusive news, data and analytics\b[^.!?]{0,60}$"),
        ("metadata", r"^(page )?(generated|published|posted|updated|last updated|modified|created|"
                     r"printed)( on| at)?\s*:.{0,60}$"),
        ("metadata", r"^(published|posted|updated|last updated)( on| at)?\s+\d.{0,40}$"),
        ("cookies", r"\b(we|this (web)?site) uses?( only)?( \w+)? cookies\b"),
        ("cookies", r"\b(use|uses|using) cookies\b|\bcookie (notice|banner|consent)\b"),
        ("cookies", r"^(accept|reject|decline)( all| non-essential( cookies)?)?$"),
        ("cookies", r"^(accept|reject|manage)( all)? cookies\b|\bcookie (policy|settings)\b"),
        ("cookies", r"^(manage|cookie|privacy) (preferences|settings|options|choices)$"),
        ("cookies", r"^(got it|ok|okay|i agree|agree|i accept|allow all|dismiss|close)!?$"),
        ("cookies", r"^(ok|okay),? (i understand|understood|i agree|got it)!?$|"
                    r"^(accept|reject)( all| and close| & close)?\s+(manage|cookie|privacy) "
                    r"(preferences|settings|options|choices)$"),
        ("label", r"^(breaking( news)?|live( updates)?|exclusive|developing( story)?|updated?|"
                  r"watch|video|analysis|opinion|explainer|just in|news|latest|"
                  r"match report|news analysis|fact check|interview|review|obituary|"
                  # a wire's bullet box and its section tag; a statistics office's label
                  r"summary|companies|(statistical|press|news|media) release|"
                  r"quick facts|fast facts|key facts|at a glance)$"),
        ("byline", r"^(posted|written|published|reported|compiled|edited) by\b.{0,80}$"),
        # "By Hannah Okafor, Health Reporter | Published 10 November 2026, 18:40 | ..."
        ("byline", r"^by [^|.!?]{2,60}\|\s*(published|updated|posted|first published)\b"
                   r"[^.!?]{0,120}$"),
        # "‹ Back to news", "Back to top"
        ("navigation", r"^([‹<«←↑]\s*)?back to (the )?(top|news|home|homepage|search|results|"
                       r"articles|stories|blog|list|press releases|all news|overview)$"),
        # a logo's link text, "The Guardian - Back to homepage"
        ("navigation", r"^[^.!?]{2,40}\s[-–—|]\s*back to (the )?(home ?page|home|front page)"
                       r"((?-i:[A-Z])[^.!?]{0,40})?$"),
        ("logo", r"^((?-i:[A-Z0-9])\S* ){0,5}logo\.?$|^((?-i:[A-Z0-9])\S* ){0,3}(?-i:logo) [–—-] "
                 r"[^.!?]{2,60}$"),
        ("logo", r"^logo( of| for|:)? [^.!?]{1,60}$"),
        # in the site's language, before its name: "Logótipo do Correio Atlântico"
        ("logo", r"^(logotipo|logótipo|logotyp|logotype)( do| da| de| del| della| di| du| des)? "
                 r"((?-i:[A-Z0-9])[\w'’&.-]*( |$)|(of|the|and|de|do|da|del|du|des|di) ){1,8}$"),
        # "Government of Ireland harp logo", "Scoil Bhríde N.S. Kilbrannagh – school crest":
        # with a word for what the emblem is (not "Airline unveils logo", "The 1921 crest")
        ("logo", r"^((?-i:[A-Z0-9])\S*|of|the|and|for|de|du|la) ((?-i:[A-Z0-9])\S* |(of|the|and|"
                 r"for|de|du|la) ){0,5}(?-i:(harp|school|club|site|brand|company|corporate|"
                 r"official|party|university|college|council|government|agency|state) )"
                 r"(?-i:logo|crest|emblem)$|^[^!?]{2,60}\s[–—-]\s(?-i:(harp|school|club|site|"
                 r"brand|company|corporate|official|party|university|college|council|government|"
                 r"agency|state) )?(?-i:logo|crest|emblem)$"),
        # a paper's tagline: "Zarovia's English-language daily since 1994"
        ("logo", r"^[^.!?]{0,50}\b(daily|newspaper|paper|news|voice|journal|weekly)\b[^!?]{0,20}"
                 r"\bsince (1[6-9]|20)\d\d\.?$"),
        ("logo", r"^serving [^.!?]{2,60} since (1[6-9]|20)\d\d\.?$"),
        # "Your town. Your news. Since 1952", "Dolmir24 – news from the Dolmir region"
        ("logo", r"^(\w[^.!?]{0,30}[.!]\s+){1,3}since (1[6-9]|20)\d\d\.?$"),
        ("logo", r"^\S+( \S+)? [–—-] (the |your )?(latest |local |independent )?news (from|for|of) "
                 r"[^.!?]{2,40}$"),
        ("metadata", r"^(estimated )?reading time\s*:?\s*\d+\s*(min|mins|minutes?)\.?$"),
        ("comments", r"^(sign|log) in to (comment|reply|join the (discussion|conversation))\b|"
                     r"\bcomments are (moderated|closed|now closed)\b|"
                     r"\b(this|the) discussion is (now )?closed\b"),
        ("copyright", r"\bmay not be (re)?(published|produced|broadcast|distributed|written|"
                      r"copied)\b.{0,80}\b(consent|permission)\b|\bis copyright (©\s*)?\d{4}\b"),
        ("caption credit", r"^(photo|image|picture|video|illustration|credit|source|"
                           r"photograph|foto)( credit)?\s*:\s*\S.{0,100}$"),
        ("tags", r"^(tags|topics|filed under|categories|keywords)\s*:"),
        ("caption credit", r"^\(?(file|handout) (photo|picture|image)\s*:"),
        # "(Reporting by Jane Roe; Editing by John Doe)": names, not "reporting by local media".
        ("credits", r"^\(?(additional |live )?(reporting|writing|editing|compiled|translated|"
                    r"research) by (?-i:[" + _UPPER + r"])[\w.'’-]+( (?-i:[" + _UPPER +
                    r"])[\w.'’-]+){0,3}"
                    r"(\s*([;,]|and|in|at) .{0,160})?\)?\.?$"),
        # "Additional reporting: LNA", "Editing: Jane Roe"
        ("credits", r"^\(?(additional |live )?(reporting|editing|research)\s*:\s*"
                    r"(?-i:[A-Z][\w.'’-]*)( (?-i:[A-Z])[\w.'’-]*){0,2}((,|;| and| &) "
                    r"(?-i:[A-Z][\w.'’-]*)( (?-i:[A-Z])[\w.'’-]*){0,2})*\)?\.?$"),
        ("credits", r"^our standards\s*:|^(editorial (principles|standards|guidelines)|code of "
                    r"(practice|conduct))\s*:\s*(the |our )?(?-i:[A-Z])[^.!?]{0,60}\b(principles|"
                    r"code|standards|guidelines|policy)( of (practice|conduct))?\.?$"),
        # "Meridian Editorial Standards", "Our editorial guidelines"
        ("credits", r"^(?-i:(?!(The|A|An|New|Strict|Tough|Tougher|Tighter)\b)"
                    r"[A-Z][\w'’&.-]*( [A-Z][\w'’&.-]*){0,2} Editorial (Standards|"
                    r"Guidelines|Policy|Principles))$|^our editorial (standards|guidelines|policy|"
                    r"principles)$|"
                    # "Northstar editorial standards and independence principles"
                    r"^(?-i:(?!(The|A|An|New|Strict|Tough|Tougher|Tighter)\b)"
                    r"[A-Z][\w'’&.-]*( [A-Z][\w'’&.-]*){0,2}) editorial (standards|guidelines|"
                    r"policy|principles) and (independence|trust|ethics|integrity) (principles|"
                    r"policy)$"),
        # "Live coverage by Simona Pârvu in Brelova, with correspondents ..."
        ("byline", r"^((live )?(coverage|reporting|blog)|presented|compiled|hosted) by "
                   r"(?-i:[A-Z])[\w'’-]+ (?-i:[A-Z])[\w'’-]+"
                   r"( in (?-i:[A-Z])[\w'’-]+)?(,? (with|and) [^.!?]{2,140})?$"),
        # "Media enquiries: press@svhn.dr · +398 40 220 100 (24 hours)" (not a sentence)
        ("contact", r"^[^.!?]{0,80}(\w[\w.+-]*@[\w-]+(\.[\w-]+)+|\+\d{1,3}([ ()-]*\d{2,4}){3,})"
                    r"[^.!?]{0,60}$"),
        ("logo", r"^(?!.*[.!?]\s)[^!?]{2,60}\s[–—-]\s*logo\b[^.!?]{0,40}$"),
        ("navigation", r"^search (?-i:[A-Z]{2,6}|[\w-]+\.[a-z]{2,})$"),
        ("navigation", r"^(donate( now| today)?|show (all|more)|see all|view all|load more)$"),
        # "← Bulletin No. 3 | All press releases", "‹ Previous post"
        ("navigation", r"^[←‹«]\s*(?!.*[.!?]\s+(?-i:[A-Z]))[^!?]{2,80}$"),
        ("subscription", r"^newsletter\s*:[^.!?]{0,100}\bsubscribe$|\[your e-?mail( address)?\]"),
        # a press office signing its release: "Press Office — ANSU"
        ("credits", r"^(the )?(press|media|communications) (office|team|department)\s*[—–-]\s*"
                    r"[^.!?]{2,60}$"),
        # "[Image: A woman carries a child ... © Solidaris Orsenia / Radu Pop]"
        ("photo caption", r"^\[(image|photo|picture|photograph|video)\s*:[^\]]{2,300}\]$"),
        ("subscription", r"^get (the|our) [\w'’ ]{0,40}\b(briefing|newsletter|digest|round-?up)$"),
        # a writer's note ending in where to send tips: "... Tips: teresa@insidethechamber.news"
        ("credits", r"\b(tips|contact|e-?mail|write to)\s*:\s*[\w.+-]+@[\w-]+(\.[\w-]+)+\W*$"),
        ("subscription", r"^you('re|’re| are) receiving this (e-?mail|newsletter|message|"
                         r"because)\b|\bunsubscribe\s*[·|•]\s*manage\b"),
        ("credits", r"^(this (article|story|report) (originally |first )?(appeared|was "
                    r"(first |originally )?published) (on|in)\b.{0,80}$)"),
        ("credits", r"^[(\[]?(web )?editors?\s*:.{0,80}$"),
        # desk initials and agencies at the foot of a story: "law/aw (AFP, AP, Reuters)"
        ("credits", r"^[a-z]{1,4}(/[a-z]{1,4})+( \([\w ,.&-]{2,60}\))?$"),
        ("teaser", r"^(full (story|article|text|report)|source)\s*:\s*\S{0,60}$"),
        ("teaser", r"^use this link to\b.{0,120}$"),
        ("label", r"^(more to come|more follows|developing|this (story|article|page|report) (is "
                  r"developing|will be updated)[^.]{0,50})\s*(\.\.\.|…|\.)?$"),
        ("comments", r"^((share|save|print)\s*[·|•]\s*)*(leave|post|write|add) a (reply|"
                     r"comment|response)$"),
        # a newsletter post's counters: "38 likes · 6 restacks"
        ("comments", r"^\d+ (likes?|restacks?|comments?|shares?|replies)"
                     r"(\s*[·|•]\s*\d+ (likes?|restacks?|comments?|shares?|replies))*$"),
        ("comments", r"^be the first to (comment|reply|respond|review)\b.{0,20}$"),
        ("comments", r"^have your say\W*$"),
        # a question put to readers: "Have your say: ...? Comment below.", "... Let us know in
        # the comments."
        ("comments", r"\b(comment below|let us know (below|in the comments)|tell us (what you "
                     r"think )?(below|in the comments)|join the (debate|conversation) below)"
                     r"[.!]?$"),
        # a live page's sign-off: "Thank you for following", "We are closing this live blog now."
        ("live blog", r"^(thank you|thanks|thank you all) for (following|reading|joining us|being "
                      r"with us)\b[^.!?]{0,60}[.!]?$"),
        ("live blog", r"^(we('re| are| will be) (closing|pausing|ending|wrapping up)|this "
                      r"(concludes|ends)) (this|our|the) live (blog|coverage|updates|page)\b"),
        # a live page's list heading: "Key events", "Key points"
        ("live blog", r"^key (events|points|moments|updates)$"),
        ("live blog", r"^this (live )?(page|blog|coverage|feed) (is|has) (no longer|now) (being )?"
                      r"(updated|closed|ended)\.?$"),
        # a wire's dateline on its own line: "BRODNO, June 15 (Meridian)"
        ("dateline", r"^(?-i:[A-Z][A-Z .'’-]{1,30})(, (?-i:[A-Z])[\w .'’-]{1,30})?, "
                     r"(?-i:[A-Z][a-z]{2,8})\.? \d{1,2} \([\w .&-]{2,30}\)$"),
        ("contact", r"\bmedia (enquiries|inquiries) (should|can|may) be (directed|sent|addressed) "
                    r"to\b"),
        # "press@kos.gov.kv | tel. 021 555 0190"
        ("contact", r"^[\w.+-]+@[\w-]+(\.[\w-]+)+(\s*[|·•,;]\s*((tel|phone|fax|mob|t)\.?:?\s*)?"
                    r"\+?\d[\d ()/-]{5,20})*$"),
        ("contact", r"^(contact|contacts) for (the )?(media|press|journalists)\s*:?"
                    r"( [^.!?]{2,80})?$|"
                    r"^(?![—–-])[^!?]{2,60}, (spokesperson|spokesman|spokeswoman|"
                    r"press (officer|secretary)|"
                    r"head of (communications|press|media relations))$"),
        ("live blog", r"^(see|view|show|read) (all|more|the latest) (updates|posts|entries)\W*$"),
        # its controls: "Refresh", "Show key events only", "Newest first"
        ("live blog", r"^(refresh|auto-?refresh( is)?( on| off)?|"
                      r"show (key events|all (posts|updates)|"
                      r"latest( posts| updates)?)( only)?|(newest|oldest|latest|most recent|"
                      r"least recent) first|all (updates|posts)|"
                      r"load (more|newer|earlier) (posts|updates)|updates? (paused|resumed))$"),
        # an embedded post's signature: "— Jane Doe (@janedoe) March 6, 2027"
        ("live blog", "^" + _SIGNATURE),
        ("live blog", r"^(please )?(turn on|enable|activate) javascript\b|\bplease (turn on|"
                      r"enable|activate) javascript\b|^javascript (is )?(disabled|required|"
                      r"turned off)\b"),
        # a match clock over a live entry: "89 min", "90+5 min", "45+2'", "FT", "HT"
        ("metadata", r"^\d{1,3}(\+\d{1,2})?\s*(min|mins|['’])$|^(ft|ht|aet)$"),
        # "By Eli Sorn · 5 min read", "4 min read": reading-time stamps go with bylines
        ("byline", r"^(by\s+[^.]{2,60}?\s*[·|•–-]\s*)?\d{1,2}\s*(-\s*)?min(ute)?s?\s+read$"),
        ("byline", r"^by:?$"),
        ("byline", r"^by (the|our|a|an) ([\w'’-]+\s+){0,3}(team|desk|newsroom|staff|"
                   r"correspondents?|reporters?|editors?|writers?)(, with [^.!?]{2,60})?$"),
        # "Marta Zielińska-Kowal, translated by the English desk"
        ("byline", r"^" + _CASED_NAME + r",? (translated|adapted|edited) by (the|our) "
                   r"[^.!?]{1,30}\b(desk|team|staff|service|newsroom)$"),
        ("widget", r"^(retry|try again|reload|loading(\.\.\.|…)?|something went wrong|"
                   r"can[’']?t connect( right now)?!?( retry)?|no (internet )?connection)$"),
        # an agency sign-off on its own line: "(NovaPress)", "(Reuters)", "(AP)"
        # (not a transcript's "(SOUNDBITE OF CASH REGISTER)", "(LAUGHTER)")
        ("credits", r"^\((?!(soundbite|archived recording|laughter|applause|music|crosstalk|"
                    r"inaudible|unintelligible)\b)(?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*)"
                    r"{0,3}\)$"),
        ("byline", r"^by:?\s+(?!(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                   r"january|february|march|april|may|june|july|august|september|october|"
                   r"november|december|christmas|easter|then|now|midday|midnight|noon)\b)"
                   r"(?!\w+,\s.*[.!?][\"'”’]?$)"  # "By Thanksgiving, it was gone."
                   r"(?-i:[A-Z])[\w.'’-]+(\s+(?-i:[A-Z0-9])[\w.'’-]*){0,3}"
                   r"(\s+([a-z]+\s+)?(newsroom|staff|desk|team|reporters|correspondents?|"
                   r"editors?))?"
                   r"(\s*(,|\||and|&|—|–|-)\s*.{0,60}|\s+(in|on|for|at)\s+[^.]{0,60})?$"),
        # "Image source, Getty Images", "Image caption, Rescuers in Faenza", "Media caption, ..."
        ("caption credit", r"^(image|media|video|photo|picture|audio) (source|caption|credit)s?"
                           r"\s*[,:]\s*\S.{0,200}$"),
        ("share buttons", r"^(about sharing|share this (page|article|story|post)|"
                          r"get in touch|contact us|send us your (story|tip)s?)$"),
        # the job under a byline: "Rome correspondent", "Senior political reporter, BBC News"
        ("byline", r"^(?-i:[A-Z])[\w'’-]*( (?-i:[A-Z])[\w'’-]*| " + _DESKS + r"){0,3} "
                   r"(correspondent|editor|reporter|writer|"
                   r"analyst|journalist|columnist|contributor)(, [\w'’ -]{2,40})?$"),
        ("byline", r"^reporting from (?-i:[A-Z])[\w'’-]+( (?-i:[A-Z])[\w'’-]+){0,2}$"),
        # the name and the job: "Karin Oduya, Business correspondent"
        ("byline", r"^(?-i:[A-Z])[\w'’-]+( (?-i:[A-Z])[\w'’-]+){1,2}, ((?-i:[A-Z])[\w'’-]*|"
                   + _DESKS + r")( " + _DESKS + r"){0,2} (correspondent|editor|reporter|writer|"
                   r"journalist|columnist)$"),
        # "Associated Press writer Colleen Barry contributed from Milan.", "... contributed to
        # this report."
        ("credits", r"^.{0,120}\b(writers?|reporters?|correspondents?|journalists?|producers?|"
                    r"staff)\b.{0,80}\bcontributed\b( reporting| to this (report|story|article)"
                    r"| from [\w'’ ,.-]{2,40})*\.?$"),
        ("credits", r"^.{0,120}\bcontributed (reporting|to this (report|story|article))\b.{0,60}$"),
        ("navigation", r"^(home|menu|search|skip to (main )?content|back to top|main menu|"
                       r"open menu|close( menu)?|next|previous|prev|top|more menu|"
                       r"accessibility links)$"),
        # a skip link in the site's other language ("Saltar para o conteúdo principal") and
        # the text-size switch ("Aa", "A- A+")
        # (the link's own words and nothing more: not the subheading "Zum Inhalt der Einigung")
        ("navigation", r"^(saltar (para o|al|a) (conte[uú]do|contenido)( principal)?|aller au "
                       r"contenu( principal)?|passer au contenu( principal)?|(direkt )?zum "
                       r"(haupt)?inhalt( springen)?|(vai|salta|passa) al contenuto( principale)?|"
                       r"przejd[zź] do (tre[sś]ci|zawarto[sś]ci)|p[řr]esko[čc]it na obsah|"
                       r"preskoči na (glavni )?sadržaj|naar (de )?inhoud|hoppa till innehållet|"
                       r"sari la conținut)$|^(?-i:Aa|A\s?A|A-\s?A\+|A\+\s?A-)$"),
        # a reporter's credit under a picture or video: "Dylan Marsh, CBN reporter at Merrow
        # Airport"
        ("byline", rf"^{_CASED_NAME}, (?-i:[A-Z][\w&]*)( (du|de|of|the|la|le|del) | )?"
                   rf"((?-i:[A-Z][\w&]*) ){{0,2}}({_DESKS} )?(reporter|correspondent|editor|"
                   r"presenter)( (at|in) [^.!?]{1,40})?$"),
        # "Was this page useful?" / "Yes" / "No": the page's feedback form
        ("feedback form", r"^(was|is) this (page|article|story|information|answer|content|guide|"
                          r"post|advice) "
                          r"(useful|helpful)\??(\s*(yes|no)(\s*[/|·]?\s*(yes|no))?)?$|"
                          r"^did you find this (page|article|story|"
                          r"information) (useful|helpful)\??$"),
        ("metadata", r"^(\d+\s*(min(ute)?s?|hours?)\s+(read|ago))$"),
        # "TOI City Desk / TNN / Updated: Mar 4, 2026, 14:05 IST", and after the section's
        # tag in lower case: "india Updated: Jun 20, 2019 19:01 IST"
        ("metadata", r"^.{0,60}(^|[|/·•]\s*|^(?-i:[a-z][a-z -]{1,20}) |"
                     r"^(?-i:[A-Z][a-z]+( [A-Z][a-z]+)?) (?=(?-i:Updated|Published|Posted)))"
                     r"(updated|published|posted)"
                     r"\s*:?\s*\w{3,9}\.? \d{1,2},? "
                     r"\d{4}.{0,20}$"),
        ("advertisement", r"^(advertisement|advertising|ad)\s*[·|•:-]\s*scroll to continue"
                          r".{0,30}$"),
        ("advertisement", r"^((video )?ad feedback|story continues below\.?|advertise with us)$"),
        ("advertisement", r"^\[\s*(advertisement|advert|ad|sponsored)\s*\]$"),
        # a bookmaker's promotion: "BET NOW: ... 18+ | T&Cs apply | Please gamble responsibly"
        ("advertisement", r"\bt&cs apply\b|\bbegambleaware\b|\b18\+ (only|\||·)|"
                          r"^(please )?gamble responsibly\.?$"),
        # the small print of a newsletter box: "Privacy Notice: Newsletters may contain ..."
        ("subscription", r"^privacy notice\s*:"),
        ("share buttons", r"^(listen to (this )?(article|story)(\s*[·|•:–—-]?\s*\d+ min(ute)?s?)?|"
                          r"article voiceover|link copied!?|copy|copied|click to copy link|"
                          r"view image in fullscreen|(change )?(text|font) size|send (by|via) "
                          r"e-?mail|e-?mail (this )?(article|story|page))$"),
        ("navigation", r"^(show|see|read|load) (more|less)$|^(skip links|navigation menu|"
                       r"close icon|sign out|my account|end of list|list \d+ of \d+( items)?)$"),
        ("footer", r"^(work for us|submit a tip|contact us|about us|careers|terms of (use|service)|"
                   r"privacy (policy|notice)|privacy (&|and) cookies( policy)?|accessibility|"
                   r"sitemap|help)$"),
        ("subscription", r"\bfree trial\b|\bnewsletter promotion\b|^enter your e-?mail( address)?$|"
                         r"\bconfirm your subscription\b|\bsubscription failed\b|\brecaptcha\b|"
                         r"^(free )?(daily |weekly )?\w* ?newsletter$"),
        ("market data", r"\b(data|quotes?|prices?) (are )?delayed (by )?(a minimum of |at least )?"
                        r"\d+ min"),
        ("market data", r"^(market data|(stock |share )?quotes?|(stock |share )?prices?)\b"
                        r"[^.!?]{0,60}\bdelayed (by )?(a minimum of |at least |up to )?\d+ min"),
        ("market data", r"((^|\s)[+\-−]\d+(\.\d+)?\s?%.*){2,}"),
        # "NRV.CB -6.2%": one quote a line, the symbol with its exchange (index lines beside it
        # go with it, below)
        ("market data", r"^(?-i:[A-Z0-9]{1,6}\.[A-Z]{1,3}) [+\-−▲▼]\s?\d+(\.\d+)?\s?%$"),
        # "ARK=  24.850  +0.40%", "AR2YT=RR  4.862%  +12.1bp", ".KSX30  1,842.17  -0.81%": a
        # wire's quote lines, a symbol, a price and a signed change
        ("market data", r"^(?-i:\.[A-Z][A-Z0-9]{1,9}|[A-Z][A-Z0-9]{0,9}=[A-Z]{0,3})\s+\d[\d,]*"
                        r"(\.\d+)?\s?%?\s+"
                        r"[+\-−]\d[\d,]*(\.\d+)?\s?(%|bp|bps)?$"),
        # "RSX 30 2,409.85 ▼ 1.24%   EUR/USD 1.1651 ▲ 0.15%": a ticker
        ("market data", r"([▲▼△▽↑↓]\s?\d+(\.\d+)?\s?%.*){2,}"),
        # "($1 = 0.8590 euros)": an agency's exchange-rate note
        ("metadata", r"^\(\s?[$€£¥]?\s?1 = [$€£¥]?\s?[\d.,]+\s?[\w ]{0,30}\)$"),
        # "Kellfurt 11°C Light rain": the weather widget
        ("metadata", r"^[A-Z][\w .'’-]{1,30} -?\d{1,2}\s?°\s?[CF]?\b[^.!?]{0,30}$"),
        # "This article is for information only and should not replace advice from your
        # doctor"
        ("disclaimer", r"^(this|the) (article|information|content|page|site|website|material)"
                       r"\b[^.!?]{0,30}\b(is|are) (provided )?(for (general )?information(al)?"
                       r"( purposes)? only|not (a substitute|intended to replace|meant to replace)"
                       r")\b"),
        ("disclaimer", r"\bnot (financial|investment|legal|tax) advice\b|^disclosure\s*:|"
                       + _AFFILIATE),
        # an opinion page's: "The views expressed are the author's own."
        ("disclaimer", r"^the (views|opinions) expressed\b.{0,60}\b(author|writer|contributor)s?"
                       r"['’]?s?\b.{0,20}$"),
        # a page's own forms and links: "Found a mistake? ... press Ctrl+Enter", "Send us a letter
        # to the editor at letters@...", "Do Not Sell or Share My Personal Information"
        ("contact", r"\bpress ctrl\s?\+\s?enter\b|\bletters? to the editor\b.{0,40}@|"
                    r"^do not sell( or share)? my (personal )?info(rmation)?$|"
                    r"^your privacy choices$"),
        # a station's standard foot: "For the latest news, weather, sports, and streaming video,
        # head to KXRV 7 News."
        ("follow us", r"^for the latest (news|headlines)\b[^.!?]{0,80}\b(head|go) to\b.{0,60}$"),
        # "EUR/USD 1.0842": a currency quote
        ("market data", r"^(?-i:[A-Z]{3})/(?-i:[A-Z]{3})\s+[\d.,]+(\s+[▲▼+\-−]?\s?[\d.,]+%?)?$"),
        ("copyright", r"^certificate of registration\b"),
        ("copyright", r"^.{0,60}©\s*\d{4}([-–]\d{4})?\b.{0,60}$"),
        ("caption credit", r"^credit\s*\.\.\.|\bcredit\.\.\.\s*\S.{0,80}$|"
                           r"^photographer\s*:\s*\S.{0,80}$|^(image|file photo)$"),
        ("share buttons", r"^(share full article|share or comment on this article:?|shares?|"
                          r"add to (your saved stories|myft)|summari[sz]e|print this page|"
                          r"copy to clipboard|close button|promoted content|supported by|"
                          r"follow the topics in this article|accessibility help|subscribed|mailto|"
                          r"see all topics)$"),
        ("share buttons", r"^add [\w ]{2,30} on google$|^skip (advertisement|to [\w &]+)"
                          r"|^(open|close) (side navigation menu|search bar|drawer menu|menu|"
                          r"search)$"
                          r"|^story continues below advertisement$"),
        ("share buttons", r"^((facebook|twitter|x|email|e-mail|whatsapp|telegram|linkedin|"
                          r"reddit|link|copy link|print|messenger|pinterest|flipboard)\s*){3,}$"),
        ("metadata", r"^(updated|published|posted|modified)( on| at)?$|^\W*\d+ min( read| "
                     r"reading time)?$"),
        # a paper's slogan: "Your city. Your news."
        ("logo", r"^your [\w ]{2,20}\. your (news|paper|voice|story|stories)\.?$"),
        # a release's attachment: "Download: Draft State Budget 2028 (PDF, 4.2 MB)"
        ("attachment", r"^download\b[^.!?]{0,80}\((pdf|docx?|xlsx?|csv|zip),? [\d.,]+ ?(kb|mb)\)$"),
        ("subscription", r"^unlock\b[^.!?]{0,60}$|^stay (informed|up to date|up-to-date)\b"
                         r"[^.!?]{0,60}$|\bsuccessfully subscribed\b|^e-?mail( address)?$|"
                         r"^by clicking\b|\bin(to)? your inbox\b|\bdownload(ing)? the [\w ]{2,40}"
                         r"\bapp\b"),
        ("follow us", r"^follow( (?-i:[A-Z])[\w.'’-]*){0,4}( on)?\s*:$"),
        ("subscription", r"\bnewsletter\b.{0,40}\bsign up\b|\bsign up here\b"),
        ("follow us", r"\b(follow|watch) (our |the )?live (coverage|updates|blog)\b|"
                  r"\brefresh (the|this) page\b|^watch live\b"),
        ("subscription", r"^by subscribing,? you agree\b|^log in,? (register|or)\b"),
        ("share buttons", r"^(kindly )?share this (story|article|post)\s*:?$|^social sharing$|"
                          r"^(normal|larger|very large|small|large) text size$|"
                          r"^go to (contents?|menu|top|main content)$|^please enter a search term"
                          r"\.?$|^search form$|^about the author$|^full article$"),
        ("cookies", r"^cookies on \S+$|^(accept|reject|manage|view)( all| additional| "
                    r"analytics)? cookies\b"),
        ("comments", r"^comment(ing|s)? (for|on) this (story|article) (is|are) (now )?closed\.?$|"
                     r"^comment removed by (a |the )?moderator\.?$|^sort by (newest|oldest|best|"
                     r"top)\b"),
        ("copyright", r"\bcreative commons licen[cs]e\b|\bis a registered trademark\b|"
                      r"\bnot responsible for the content of external\b"),
        # "Originally published by the Police Directorate on 7 March 2027. Republished in full."
        ("credits", r"^originally (published|posted) (by|on|in) [^.!?]{1,100}[.!] republished\b"
                    r"[^.!?]{0,60}\.?$|^originally (published|posted|appeared) (by|on|in) "
                    r"[^,.!?]{1,60}(\d{4}|\d{1,2}:\d{2})\.?$"),
        # "PRESS RELEASE No. 112/2027"; "Dravnik, 7 March 2027" alone on a line
        ("label", r"^(press|news|media) release,? no\.? ?[\w/.-]{1,12}$"),
        ("dateline", r"^(?-i:[A-Z])[\w'’ .-]{1,30}, (\d{1,2} (" + _MONTH_NAMES + r")|(" +
                     _MONTH_NAMES + r") \d{1,2},) \d{4}$"),
        # "Dravnik Police Directorate — Public Relations Office" signing a statement
        ("credits", r"^[^.!?]{2,80} [—–-] (public relations|press|media|communications|"
                    r"information) (office|service|department|team|unit|section)$"),
        ("metadata", r"^this was published \d+ \w+ ago$|^news provided by$|^press release$|"
                     r"^media (contact|enquiries|inquiries)\s*:?$|^(?-i:SOURCE) (?-i:[A-Z])|"
                     r"^\(attn:.{0,80}\)$"),
        ("disclaimer", r"\btext-to-speech\b"),
        ("teaser", r"^see more on\s*:|^read \d+ comments?$|^read more(?-i:[A-Z])"),
        ("caption credit", r"^(getty images|shutterstock|alamy|epa-efe|afp via getty images)$|"
                           r"^(image|media|video|photo) (caption|source)\s*[,:]?$"),
        # "June 9, 20262:47 PM GMT+2Updated 1 hour ago": a timestamp glued to its update time
        ("metadata", r"^[^.!?]{0,40}\d{1,2}[:.]\d{2}[^.!?]{0,30}updated\b[^.!?]{0,30}$"),
        ("metadata", r"^[^.!?]{0,30}\bupdated\s+\d+\s*(seconds?|minutes?|mins?|hours?|hrs?|days?)"
                     r"\s+ago$"),
        # picture-agency captions: "... Purchase Licensing Rights, opens new tab"
        ("caption credit", r"\bpurchase licensing rights\b|\bopens new tab$"),
        # "Request reprint & licensing", "Buy reprints"
        ("caption credit", r"^(request|buy|purchase|order) (a )?(reprints?|licensing|licences?|"
                           r"permissions?)( (&|and) (reprints?|licensing|licences?|"
                           r"permissions?))?$"),
        # a wire picture's credit on its own line: "REUTERS/Jane Doe", "CPA/Marek Halloran"
        ("caption credit", r"^(?-i:[A-Z][A-Z.&]{2,15}( [A-Z][A-Z.&]{1,15})?)\s?/\s?"
                           r"(?-i:[A-Z][a-z][\w'’-]*( [A-Z][a-z][\w'’-]*){1,2})$"
                           r"(?<!poll)(?<!survey)(?<!talks)(?<!deal)(?<!relations)(?<!summit)"
                           r"(?<!index)(?<!report)(?<!study)"),
        # a gallery's counter: "Item 1 of 2", "Photo 3 of 12"
        ("caption credit", r"^(item|image|photo|picture|slide|video)\s\d{1,3}\s(of|/)\s\d{1,3}$"),
        # "Updated14:37, 14 OCT 2025" (a lost space), "Issued: 16.07.2025 – 12:00 (local time)"
        ("metadata", r"^updated\s*\d{1,2}[:.]\d\d\b[^.!?]{0,30}$"),
        ("metadata", r"^(issued|published|released|date of (issue|publication))\s*:\s*"
                     r"\d{1,2}[./]\d{1,2}[./]\d{2,4}\b[^!?]{0,40}$"),
        ("metadata", r"^distribution\s*:\s*(media|press|public|general public|all|internal)\b"
                     r"[^.!?]{0,40}$"),
        ("metadata", r"\breading time\s*:?\s*\d{1,3}\s*min(ute)?s?\b[^.!?]{0,20}$"),
        ("share buttons", r"^listen to (this |the )?(article|story)\s*\(?\d{1,2}[:.]\d\d\)?$"),
        ("advertisement", r"^(anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklama|"
                          r"oglas|advertisement)( / (anzeige|werbung|publicit[ée]|publicidad|"
                          r"pubblicit[àa]|reklama|oglas|advertisement|ad))+$"),
        # a cookie wall's own words: "We and our 143 partners store and access information on
        # your device ...", its buttons "Agree and continue"; a banner's heading "Cookies on the
        # Ministry of Transport website"
        ("cookies", r"\bwe and our \d+ (partners|vendors)\b|\b(store|and/or) access "
                    r"information on (a|your) device\b"),
        ("cookies", r"^(agree|accept|consent)( all)? (and|&) (continue|close|proceed)$"),
        ("cookies", r"^cookies on (the )?[^.!?]{2,60}\b(website|site|service)$"),
        ("breadcrumb", r"^you are here\s*:\s*\S[^.!?]*\s(>|›|»|/|\||→)\s"),
        ("navigation", r"^(hot|trending|top|popular) (topics|tags|now)\s*:\s*[^.!?]{0,100}\s[·•|]\s"
                       r"[^.!?]{0,100}$"),
        ("language menu", r"^read [^.?]{1,30} in\s*:\s*\S[^.!?]{0,60}$"),
        ("logo", r"^official (web ?site|portal) of (the )?(?-i:[A-Z])[\w'’-]*"
                 r"( (of|and|the|for|(?-i:[A-Z])[\w'’-]*)){0,6}$"),
        # a file to download: "Attachments: Photo – visit ... (JPG, 2.4 MB)", "This bulletin is
        # also available in PDF (212 KB)."
        ("release furniture", r"\b(pdf|jpe?g|png|docx?|xlsx?|odt|zip|csv)\b,?\s*\(?\s*\d[\d.,]*"
                              r"\s*(kb|mb|gb)\b\)?\.?$"),
        ("release furniture", r"^attachments?\s*:"),
        # a newsletter's pitch: "Get the CPA Morning Briefing — the day's essential news, in
        # your inbox before breakfast."
        ("subscription", r"^get the [^.!?]{2,40}\b(briefing|newsletter|digest|bulletin|daily|"
                         r"weekly|edition)\b[^!?]{0,80}\binbox\b"),
        ("subscription", r"(^|[.!?] )(sign up|subscribe) (for|to) (the |our )?"
                         rf"(?-i:[{_UPPER}])[^.?]{{0,40}}\b(daily|newsletter|briefing|bulletin|"
                         r"digest|premium|edition|alerts)\b(?!\?)"),
        ("subscription", r"^sign me up\W*$|^subscribe\b[^.!?]{0,60}[€$£]\s?\d|"
                         r"^join (now|today|us)\W*$"),
        ("subscription", r"\bstart your (free |\d+-day )*(free )?trial( now| today)?[.!]?$|"
                         r"\bread without ads\b|"
                         r"^not a (member|subscriber) yet\?\s*(join|subscribe|sign up|become)\b"),
        ("comments", r"^join the (conversation|discussion|debate)\s*([–—:|-].{0,100})?$"),
        ("subscription", r"\b(straight|direct(ly)?) (to|into) your inbox\b"),
        ("subscription", r"\bsubscribe (from|for|now|today)\b.{0,60}$"),
        ("subscription", r"^support (independent|our|quality) journalism\b"),
        ("share buttons", r"^(bookmark|save (article|for later)|reuse this content|gift( this)? "
                          r"article|listen to (this )?article)$"),
        # "Do you have photos or video of the crash? Email newsdesk@..."
        ("contact", r"^(do you have|got) (a |any )?(story|photos?|pictures?|videos?|information)\b"
                    r".{0,80}"
                    r"\b(e-?mail|contact|send|whatsapp)\b"),
        # "Have YOU been hit by the strike? Email newsdesk@... or WhatsApp us on 0800 ...": a
        # question to the reader, then how to reach the newsroom
        ("contact", r"^[^.!?]{0,100}\byou\b[^.!?]{0,80}\?\s*((e-?mail|contact|write to|send|"
                    r"whatsapp|call|message|text|tell)\s+(us|the newsdesk|our newsdesk)\b|"
                    r"get in touch\b|(e-?mail|send|share)\b[^.!?]{0,60}\S@\S|(you can )?(get in "
                    r"touch|" + _SHARE_YOURS + r")\b).{0,120}$"),
        # "Share your experiences by emailing haveyoursay@...", "You can get in touch by ..."
        ("contact", r"^" + _SHARE_YOURS + r"\b([^.!?]{0,80}\S@\S.{0,60}|\.?)$"),
        ("contact", r"^you can (get in touch|contact us|email us|send us|" + _SHARE_YOURS
                    + r")\b.{0,160}$"),
        ("metadata", r"^(views?|reads?)\s*:?\s*\d[\d,.\s]*$|^\d[\d,.]*\s+(views?|reads?)$"),
        # Session 22, stories 71-76, each tied to its wording after an independent review:
        # a live page's "Post at 21:02" over each post (not "Entry at 20:58 GMT" of a timeline)
        ("metadata", r"^post at \d{1,2}[:.]\d\d$"),
        # "Press release – for immediate release", "News Release – For Immediate Distribution"
        ("metadata", r"^((press|news|media) release\s*[–—:|-]\s*)?for immediate "
                     r"(release|distribution|publication)\W*$"),
        # "Issued: Wednesday 15 October 2025, 18:40" (a stamp with its hour; not "Issued: 14
        # March 2019" of a passport in the article, nor "Released: 14 March 1997" of a film)
        ("metadata", r"^issued\s*:\s*((mon|tue|wed|thu|fri|sat|sun)\w*,? )?"
                     r"\d{1,2} " + _MONTH_NAMES + r",? \d{4},? \d{1,2}[:.]\d\d\b[^.!?]{0,30}$"),
        # "Comments are switched off for this article in accordance with DRT's moderation rules."
        # (not "Comments have been switched off on Premier League clubs' Instagram posts")
        ("comments", r"^comments (are|have been) (switched|turned) off (for|on|under) this "
                     r"(article|story|page|post)\b[^!?]{0,100}$"),
        ("navigation", r"^jump to (the )?(main )?(content|article|navigation|comments)$"),
        # credits: "With files from Trans-Canada Newswire", "DRT English with agencies", "Staff
        # and agencies", "Fact-checked by Marko Ilić, Mortgages Editor" (a name and a post: not
        # "Fact-checked by Full Fact: ..." heading a round-up, nor "Government to share flood
        # warning data with agencies")
        ("credits", r"^[—–-]?\s*with files from (the )?(?-i:[A-Z])[^.!?]{1,60}\.?$|"
                    r"^(?-i:[A-Z][\w'’&.-]*)( (?-i:[A-Z][\w'’&.-]*)){0,3} with (agencies|wires)$|"
                    r"^staff and agencies$|"
                    r"^fact[- ]checked by (?-i:[A-Z])[\w'’.-]+( (?-i:[A-Z])[\w'’.-]+){1,3}, "
                    r"[^.!?:]{2,40}$"),
        # the site's logo and edition: "Hlas Velmory masthead", "NORDAVIA TODAY  English
        # edition", "Hlas Velmory – English Edition" (names alone: not "Le Monde launches English
        # edition", "Dunmore Courier unveils redesigned masthead")
        ("logo", r"^(?-i:[A-Z][\w'’&.-]*)( (?-i:[A-Z][\w'’&.-]*)){0,3} (masthead|wordmark)$|"
                 r"^(?-i:[A-Z][\w'’&.-]*)( +(?-i:[A-Z][\w'’&.-]*)){0,3}(\s*[–—|:-])? +"
                 r"(english|international|global) edition$"),
        # a link with its arrow: "Try our mortgage repayment calculator →" (not a how-to's
        # "Find the Location Services menu and tap it →")
        ("navigation", r"^(try|use|see|compare|explore|get|find|check) (our|today['’]s)\b"
                       r"[^.!?]{2,60}\s*(→|»)$"),
        # "Live updates from Wednesday, October 15" (not a live page's own headline, "Live
        # updates on Kentucky tornado damage")
        ("label", r"^live updates? from (mon|tue|wed|thu|fri|sat|sun)\w*\b[^.!?]{0,30}$"),
        # "Updated 13:52, 9 March 2025 · RTD News staff in Brežnik and Sarvik"
        ("metadata", r"^updated\s*\d{1,2}[:.]\d\d,? \d{1,2} " + _MONTH_NAMES +
                     r"( \d{4})?\s*[·|•]\s*[^.!?]{2,60}$"),
        # "Author: Dmitry Savelyev" at an agency story's foot, over its "Views: 3 418"
        ("byline", r"^(author|authors|written by)\s*:\s*(?-i:[A-Z])[\w'’.-]+"
                   r"( (?-i:[A-Z])[\w'’.-]+){0,3}$"),
        # a picture's credit, photographer and paper: "Tom Beaudry/Dunmore Falls Courier" (a
        # paper's name: not "Mitsuko Uchida/Mahler Chamber Orchestra", "Penny Lane/Strawberry
        # Fields Forever")
        ("caption credit", r"^(?-i:[A-Z][a-z][\w'’-]* [A-Z][\w'’-]+)\s?/\s?(?-i:[A-Z])[\w'’&. -]"
                           r"{0,30}\b(courier|times|post|news|herald|gazette|press|tribune|journal|"
                           r"mirror|express|chronicle|observer|telegraph|guardian|standard|echo|"
                           r"mail|daily|pictures|photos|images|agency|reuters|afp|ap|getty)$"),
        # Session 23, real coverage of six events, each tied to its wording after an
        # independent review. A page's tools in a row, never one alone (a poem is called "Email
        # to a Friend"): "Printer friendly version  Printer friendly version  Email to a friend"
        ("share buttons", r"^((printer[- ]friendly( version)?|print (this )?(article|story|page)|"
                          r"e-?mail (this )?(article|story|page|to a friend)|"
                          r"send (this story )?to a friend|send feedback)\s*[|·•]?\s*){2,}$"),
        # an archive's search box with its icon's text: "magnifying glass SEARCH ALL FAIRFAX
        # ARCHIVES (*Fee for full article)" (not "Search for lost Nazi archives leads to ...",
        # nor a how-to's "Search the National Archives catalogue")
        ("navigation", r"^(magnifying[- ]glass\s+)?search (all|our)\b[\w ]{0,30}\barchives?\b"
                       r"[^.!?]{0,40}$|^magnifying[- ]glass\s+search\b[^.!?]{0,60}$"),
        # a network's foot, its list of sections' news: "Read all the Latest News, Trending
        # News, Cricket News, Bollywood News," / "India News and Entertainment News here. Follow
        # us on Facebook, Twitter and Instagram.", "Read all the Latest News, Breaking News and
        # IPL 2024 Live Updates here.", "Catch all the Business News, Market News, ... on Live
        # Mint." (not a slogan, "Read all the latest news from Hartlepool, free, ...")
        ("site foot", r"^(read|catch) all the ([\w ]{1,20} )?news"
                      r"(,? (and )?[\w .&-]{1,30}\b(news|updates|events))+"
                      r"( here| on [\w .-]{2,30})?\s*[.,]?$|"
                      r"^([\w .&-]{1,30}\b(news|updates),?\s+(and\s+)?)+here\.\s*follow us on\b"
                      r"[^.!?]{0,60}[.!]?$"),
        # "See the video of his speech here:", "Watch the full footage below:" (not "See the
        # interview's key exchanges below:" over a transcript)
        ("teaser", r"^(see|watch|view) (the )?(full )?(video|footage|clip|photos|pictures|"
                   r"gallery)\b[^.!?]{0,40}\b(here|below)\s*:$"),
        # Session 24, real coverage of six more events. A post embedded from X/Twitter with its
        # signature on its line: "Just incredible scenes pic.twitter.com/Qw8rT5uV2a — Cardiff
        # Half (@cardiffhalf) May 2, 2021" (its text alone above the signature: in clean())
        ("live blog", _POST_ADDRESS + r"\s*" + _SIGNATURE),
        # a section's teaser between paragraphs: "More Money: Americans more likely to buy
        # electric cars, AAA study finds"
        ("teaser", r"^(?-i:(More|MORE)( from| FROM)? [A-Z][\w&'’-]*( [A-Z][\w&'’-]*)?):\s+"
                   r"(?-i:[A-Z0-9\"“‘])[^:]{10,150}$"),
        # an embed's placeholder: "Embedded video"
        ("live blog", r"^embedded (video|post|tweet|content|media)$"),
        # An agency's name alone on its line,
        # the byline of its copy: "Associated Press", "Press Trust of India"
        ("agency byline", rf"^([—–-]\s*)?(the )?({_WIRES})( staff| news| wire)?\.?$"),
        # "PTI | Jun 20, 2019, 07.01 PM IST": the agency and its copy's time
        ("metadata", rf"^({_WIRES})\s*[|·•]\s*{_MONTH_NAMES} \d{{1,2}},? \d{{4}}\b[^!?]{{0,30}}$"),
        # the credit of an agency's copy rewritten: "(With inputs from PTI)", "With inputs from
        # agencies", "(With agency inputs)"
        ("credits", r"^[(\[]?\s*([-–—]\s*)?(with )?(additional )?(inputs? from " + _INPUT_FROM +
                    r"((,| and| &) " + _INPUT_FROM + r")*|agency inputs)\s*[)\]]?\.?$"),
    )
)

# What a notice that reads like a sentence still shows: it speaks to the reader or carries a
# notice's own words. "Residents can sign up for alerts on the city's website." and "Copyright
# claims against the company have tripled." are news.
# Quoted words are somebody's, not the page's: "“We will never sign up to a deal,” she said."
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?!\w)")
_NOTICE_MARK = re.compile(r"\b(we|our|(?-i:us)|you|your)\b|"
                          r"^(read|catch) all the ([\w ]{1,20} )?news, |"
                          r"\bthis (live )?(article|page|site|website|blog)\b|"
                          r"\bsign up below\b|"
                          r"\w@[\w-]+\.\w|"  # an e-mail address
                          r"©|^[^\w\s]{0,3}\s*(sign up|subscribe|register|join|"
                          r"log in|download|follow)\b(?!-)|[.!?]\s+(sign up|subscribe)\b|"
                          r"^comment(ing|s)? (for|on) this\b|"
                          r"^comment removed by\b|\ball rights (are )?reserved\b|"
                          r"\b(reporting|editing|writing) by\b.{0,80}\b(reporting|editing|writing)"
                          r" by\b|^\(|\bcontributed (reporting|to this|from)\b|"
                          r"^(?!.*\b(said|says)\b)(\S+\s+){0,12}\S*\bcontributed\.?$|"
                          r"\bsign up here\b|\brefresh (the|this) page\b|\btext-to-speech\b|"
                          r"\bread without ads\b|"
                          r"\bstart your (free |\d+-day )*(free )?trial( now| today)?[.!]?$|"
                          r"^editorial (principles|standards|guidelines)\s*:\s*(the |our )?"
                          r"(?-i:[A-Z])[^.!?]{0,60}\b(principles|code|standards|guidelines)\b|"
                          r"^get the [^.!?]{2,40}\b(briefing|newsletter|digest|bulletin)\b|"
                          r"^not a (member|subscriber) yet\?\s*(join|subscribe|sign up|become)\b|"
                          r"\bmedia (enquiries|inquiries) (should|can|may) be\b|"
                          r"\b(also )?available (in|as) (a )?(pdf|docx?|xlsx?)\b|"
                          r"^(please )?(turn on|enable|activate) javascript\b|"
                          r"\bplease (turn on|enable|activate) javascript\b|^privacy notice\s*:|"
                          r"^the (views|opinions) expressed\b|\bpress ctrl\s?\+\s?enter\b|"
                          r"^for the latest (news|headlines)\b[^.!?]{0,80}\b(head|go) to\b|"
                          r"\bcreative commons\b|\bregistered trademark\b|"
                          r"\bexternal (internet |web)?(sites|websites|links)\b|"
                          r"\b(sign|log) in to (comment|reply|join)\b|"
                          r"\b(sign|log) in or (create|register)\b|\bjoin the discussion\b|"
                          r"\bsubscribe (from|for) [$€£]|\bfree articles?\b|\bunlimited access\b|"
                          r"\b(delivered|sent)( \w+)? to\s+(your\s+)?inbox\b|"
                          r"^by clicking\b|\bagree to (receive|the terms|our)\b|"
                          r"\bcomment below\b|\bin the comments\b|"
                          r"\bcomments are (moderated|closed)\b|\bdiscussion is (now )?closed\b|"
                          r"\bmay not be (re)?(published|produced|broadcast|distributed)\b|"
                          r"\b(originally|first) (appeared|published)\b|\bhyperlink\b|"
                          r"\bdelayed (by )?(a minimum of |at least )?\d+ min|"
                          r"\bnot (financial|investment|legal|tax) advice\b|^disclosure\s*:|"
                          + _AFFILIATE, re.IGNORECASE)
# "..., Mayor Meghan George said on social media.": somebody's words reported, not the page's
_ATTRIBUTED = re.compile(r"\b(said|says|told|according to)\b", re.IGNORECASE)
# (and an agency's name between two paragraphs: a heading of a story about the agencies)
_SUBHEAD_LIKE = frozenset({"comments", "footer", "share buttons", "teaser", "copyright", "logo",
                           "metadata", "agency byline"})
_BUTTONS = frozenset({"share", "comments", "comment", "print", "email", "e-mail", "save", "tweet",
                      "copy link",
                      "reply", "advertisement", "listen", "watch", "more", "subscribe",
                      "subscribe now", "sign up", "sign in", "log in", "login", "register",
                      "advertising", "sponsored", "sponsored content", "ad", "search", "menu",
                      "home", "top", "next", "previous", "updated", "close", "logo",
                      "sign me up", "join now", "join us", "bookmark", "x",
                      "facebook", "whatsapp", "linkedin", "telegram", "reddit"})
_CAPTIONS = frozenset({"photo caption", "caption credit"})
# What starts a page's own foot below the article
_FOOT_KINDS = frozenset({"copyright", "footer", "feedback form", "contact", "follow us",
                         "site foot", "cookies", "subscription"})
_NOTICES = frozenset({"copyright", "subscription", "cookies", "language menu", "release furniture",
                      "follow us", "site foot", "live blog", "contact", "market data",
                      "disclaimer", "comments", "caption credit", "credits"})
_NOTICE_PATTERNS = tuple((d, p) for d, p in _STRONG if d in _NOTICES)
# A bare label like "Read more:" announces a teaser headline on the next line.
_TEASER_LABEL = re.compile(r"^(read more( (on|from) (?-i:(THE |The )?[A-Z][\w.&'’]*"
                           r"( [A-Z][\w.&'’]*){0,3}))?|read also|also read|read next|keep reading|"
                           r"see also|"
                           r"related( _N)?|"
                           r"explore more( on these topics)?|more on this story|"
                           r"related on [\w.& ]{1,30}|"
                           r"more (in|from) [\w.& ]{1,25}|trending in [\w.& ]{1,25}|"
                           r"on the same topic|related keywords|suggested topics|topics|tags|"
                           r"more on this( \w+)?|more from \w+!?( \w+!?)?|"
                           r"more on\s*:\s*[\w'’ ]{1,30}|recommended( _N)?|"
                           r"you (may|might) also like|watch|listen|"
                           r"similar( _N)?|"
                           r"most (read|popular|viewed|shared)( (in|on) [\w.& ]{1,25})?|"
                           r"popular( _N)?|"
                           r"latest( _N)?|trending( _N)?|top stories|editor'?s picks|"
                           r"don[’']?t miss|"
                           r"(elsewhere|also) on( the)? (?-i:[A-Z])[\w.& ]{1,24})\s*:?$"
                           .replace("_N", r"(\w+ )?(news|stor(y|ies)|articles?|posts?|topics|"
                                          r"reads|videos?|headlines|content|coverage|links?|"
                                          r"items|reading|now|on \w+|releases|publications|"
                                          r"reports|guides|announcements|news releases|"
                                          r"press releases)"),
                           re.IGNORECASE)
# a section's other stories, below the article: "Also in World", "More in Business:"
_ALSO_IN = re.compile(r"^(also|more) in (the )?(?-i:[A-Z])[\w.&]*( (?-i:[A-Z&])[\w.&]*)?\s*:?$",
                      re.IGNORECASE)
# Labels that introduce a link wherever they stand: "Read more:", "See also".
_INLINE_LABEL = re.compile(r"^(read|see|also|more on)\b|.*:$", re.IGNORECASE)
_COMMENT_GAP = 6  # lines at most between two marks of one comment thread
_HANDLE_SAYS = re.compile(r"^@?[\w.-]{2,25}:\s+\S")
# Marks of a reader-comment thread: "Marko_L · 3 hours ago", "Reply".
_COMMENT_META = re.compile(r"(\b\d+\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
                           r"\s+ago|^((reply|report|like|likes|\d+ likes?|\d+ restacks?|"
                           r"upvote|downvote)"
                           r"( \(\d+\))?(\s*[·|•]\s*)?)+)$",
                           re.IGNORECASE)
_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
           "thursday friday saturday sunday mon tue wed thu fri sat sun am pm gmt utc cet cest eet "
           "eest wet west bst ist msk est edt cst cdt mst mdt pst pdt jst kst hkt sgt aest aedt "
           "local time").split()
# and the words of a timestamp: "13:24, 9 JUN 2026 Updated 16:02, 9 JUN 2026", "Last modified
# on Tue 9 Jun 2026 21.05 CEST"
_DATE_WORDS = frozenset(_MONTHS) | frozenset(
    "updated last modified published posted first edited on at mon tue tues wed thu thur thurs "
    "fri sat sun monday tuesday wednesday thursday friday saturday sunday am pm utc".split())
_CLOCK_LETTERS = re.compile(r"\d[:.]\d\d\s?[ap]\.m\.", re.IGNORECASE)  # "5:00 a.m." is a time
_ZONE = re.compile(r"^[A-Z]{1,3}[SD]?T$")  # GMT, BST, CEST, KDT
_SEPARATORS = re.compile(r"\s*(?:\||•|·|»|›|>)\s*|\s+(?:/|–|—)\s+")


def normalise_line(line: str) -> str:
    """Fold the odd spacing of web text (NBSP, thin spaces, zero-width marks) into plain spaces."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    return _SPACES.sub(" ", line).strip()


def _fold_word(word: str) -> str:
    return word.lower().replace("’", "").replace("'", "")


def _line_key(words: list[str]) -> str:
    """A line's words folded, to find one line repeated in or by another."""
    return " ".join(_fold_word(w) for w in words)


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _is_date_line(words: list[str], line: str) -> bool:
    """A timestamp or dateline alone on its line ("12:45, 3 November 2026")."""
    # (two stamps: "December 12, 2028 9:14 PM GMT+1 Updated December 13, 2028 7:02 AM GMT+1")
    if not words or len(words) > 24 or not re.search(r"\d", line):
        return False
    # "2018: 299", "Saturday, December 27: 7am - 10pm": a figure or hours under a label
    label = re.match(r"^([^:]*\d[^:]*):\s", line)
    if label is not None:
        return False
    clock = bool(_CLOCK_LETTERS.search(line))
    dated = [w.isdigit() or w.lower() in _DATE_WORDS or bool(_ZONE.match(w))
             or bool(re.fullmatch(r"\d{1,2}(am|pm|st|nd|rd|th)", w.lower()))
             or (clock and w.lower() in {"a", "p", "m"}) for w in words]
    # "(Xinhua) 08:35, September 16, 2021": one name in front of a timestamp
    return all(dated) or (not dated[0] and all(dated[1:]) and len(words) >= 4
                          and re.match(r"^\(?\w+\)", line) is not None)


# "WASHINGTON --", "Beijing (AFP) –", "CHENGDU, Sept. 16 (Xinhua) --", "BEIJING:", "(UTV|COLOMBO)"
_DATELINE = re.compile(
    r"^([A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}(, ?[A-Z][\w'’-]*( [A-Z][\w'’-]*){0,2}(?=,))?"
    r"(, ?[A-Z][a-z]{2,4}\.? \d{1,2})?"
    r"( ?\([\w ,/|&.-]{2,30}\))?\s*(--|–|—|-|:)|\([A-Z]{2,}\s*\|\s*[A-Z]{2,}\))$")


def _is_place_dateline(words: list[str], line: str) -> bool:
    """"Lusk, Harvel Province" or "KYIV, Ukraine" alone on a line: where the story was filed."""
    if _DATELINE.match(line) and len(words) <= 7:
        # "BEIJING:" is a dateline; "Key Points:" and "Background:" head what follows
        return not line.endswith(":") or line[:-1].isupper()
    if not 2 <= len(words) <= 5 or "," not in line or _TERMINAL.search(line):
        return False
    return all(w[0].isupper() for w in words)


_ABBREVIATION = re.compile(r"^([A-Z]\.){2,3}$")


def _is_menu_item(words: list[str], line: str) -> bool:
    """Short, unpunctuated, Title Case: what menu entries look like (also short headings!)."""
    if not words or len(words) > 3 or len(line) > 40 or re.match(r"^\d{1,2}[.)]\s", line):
        return False  # (a numbered line is an item of the article's list: "1. Muhammad")
    if _TERMINAL.search(line) and not _ABBREVIATION.match(line):  # "U.S." is a menu entry
        return False
    if re.search(r"\d\s?%", line):  # "LAB -1.2%": a row of a results box, not a menu entry
        return False
    # capitalised, a number, or a script without case ("中文", "العربية" in a language menu)
    return all(not w[0].islower() or w.lower() in {"and", "of", "the", "&"} for w in words)


def _is_dated_strip(line: str) -> bool:
    """"Inside the Chamber · Issue #212 · Wednesday 18 March 2026": a masthead or byline strip
    of short items, one of them a date."""
    # Only with a part that says what the strip is ("Issue #212", "Updated 17:20", "7 min
    # read", "situation as at 18:00"): a timeline's "12 March 2020 – WHO declares a pandemic",
    # a live entry's "14:32 · Police fire teargas" and a fixture are the article's.
    parts = [p for p in _SEPARATORS.split(line) if p]
    # (the desk's initials may end it: "11.05.2026 19:05 | Author: Newsroom / K.P.")
    return 2 <= len(parts) <= 5 and not _TERMINAL.search(_INITIALS_END.sub("", line)) and \
        all(len(_words(p)) <= 6 or (_STRIP_AUTHOR.match(p) or _STRIP_MARK.match(p))
            and len(_words(p)) <= 12 for p in parts) and \
        any(_STRIP_MARK.search(p) for p in parts) and \
        any(_is_date_line(_words(p), p) and re.search(r"[^\W\d_]|\d[:./]\d", p) or
            # "Brelova, 17 September 2029 — situation as at 18:00"
            ("," in p and _is_date_line(_words(p.split(",", 1)[1]), p.split(",", 1)[1].strip()))
            or _STRIP_MARK.match(p) and re.search(r"\d", p)
            for p in parts)


_INITIALS_END = re.compile(r"(?<![\w.])([A-Z]\.){1,3}$")
# "Author: Press Office, Dolna Region Fire and Rescue Service": a strip's longer part
_STRIP_AUTHOR = re.compile(r"^\W*(author|authors|by|source|contact|issued by)\s*:", re.IGNORECASE)
_STRIP_MARK = re.compile(r"^(issue|no\.|vol\.?|volume|edition)\s*#?\s*\d[\d ]*$|^price\b|"
                         r"^\W*(author|authors)\s*:|"
                         r"\bedition$|^(issued|next update)\b|^comments?\s*\(?[\d ]+\)?$|"
                         r"\d\s?°[CF]$|"
                         r"^\W*(press|news|media) release( no\.?\s*[\d/-]+)?$|^(published|updated|"
                         r"posted|last updated|first published)\b|\b\d+\s*min(ute)?s? read$|"
                         r"^situation as (at|of)\b|^(news|press|media|communications) team$|"
                         r"\bcommunications team$", re.IGNORECASE)


_SECTIONS = frozenset("news sport sports world business politics local national opinion "
                      "entertainment lifestyle health tech technology science culture showbiz "
                      "money travel crime football".split())


_KICKER_WORDS = _SECTIONS | {"local", "breaking", "latest", "regional", "foreign", "home"}


# words of a label over a headline that names a section or a kind of page, not the story
_LABEL_WORDS = _KICKER_WORDS | frozenset(
    "statement appeal press release subscribers subscriber only exclusive live update updates "
    "video watch analysis comment opinion review premium sponsored feature interview explainer "
    "fact check factcheck special report briefing bulletin notice alert skip advertisement".split())


def _is_section(part: str) -> bool:
    return part.lower() in _SECTIONS


# a release's tools end on where they lead: "Print · Share · Back to Press Releases"
_BACK_TO = re.compile(r"^back to( the)? [\w'’ ]{2,30}$|^download as (pdf|print)", re.IGNORECASE)


_COUNTER = re.compile(r"\s*\(\d[\d,.]*\)$")


def _is_button(part: str) -> bool:
    """A button's label, with its counter if it has one: "Share", "Comments (12)"."""
    return _COUNTER.sub("", part).lower() in _BUTTONS


def _is_separated_menu(line: str) -> bool:
    """"Home | World | Business | Sport" — several short items joined by separators."""
    parts = [p for p in _SEPARATORS.split(line) if p]
    # a breadcrumb: "News › Local Business"; its last crumb may be the page's own title
    # ("Home › Outbreaks › Measles › Situation update No. 6")
    if len(parts) == 2 and re.search(r"\s[›»>]\s", line):
        return all(len(_words(p)) <= 3 and not _TERMINAL.search(p) for p in parts)
    if len(parts) >= 3 and line.count("›") + line.count("»") >= 2 and \
            all(len(_words(p)) <= 3 for p in parts[:-1]) and len(_words(parts[-1])) <= 8:
        return True
    if len(parts) == 2:  # "Share · Comments": two buttons; "NEWS | TRAGEDY IN THE JIUREL", a
        # section's kicker
        # (with a counter: "Share · Comment (41)")
        # ("Download as PDF · Back to Press Statements", not "Back to school – back to the bills")
        return all(_is_button(p) or (
            _BACK_TO.match(p) and re.search(r"\s[|·•]\s", line)) for p in parts) or (
            _is_section(parts[0]) and len(_words(parts[1])) <= 5 and not _TERMINAL.search(parts[1])
            # (not "Football – the town's last employer"; a slash only in capitals: "NEWS /
            # MAROVEC", not "Health / Wealth")
            and bool(re.search(r"\s[|·•]\s", line) or line.isupper() and " / " in line))
    if len(parts) < 3:
        return False
    # (a button's counter is no full stop: "Share · Copy link · Comments (12)"; a party's
    # seats are: "Labour (412) · Conservatives (121) · Lib Dems (72)")
    return all((len(_words(p)) <= 3 or _BACK_TO.match(p)) and (
        not _TERMINAL.search(p) or _is_button(p))
        for p in parts)


def _buttons_only(line: str) -> bool:
    """"Share | Tweet | Email": a row of buttons, whatever separates them."""
    # (with a counter: "Share · Copy link · Comments (12)")
    parts = [p for p in _SEPARATORS.split(line) if p]
    return bool(parts) and all(_is_button(p) for p in parts) or _button_row(line)


# buttons copied with not even a space between them: "LINKEDINCOMMENTMORE"
_GLUED_BUTTONS = re.compile(r"(facebook|twitter|linkedin|pinterest|whatsapp|reddit|email|share|"
                            r"comments?|print|more|close|flipboard|tumblr|messenger){2,}",
                            re.IGNORECASE)


def _button_row(line: str) -> bool:
    """"Share Tweet Copy link": buttons copied onto one line with no separator between them."""
    if _GLUED_BUTTONS.fullmatch(line):
        return True
    tokens = line.lower().split()
    count = k = 0
    while k < len(tokens):
        if " ".join(tokens[k:k + 2]) in _BUTTONS and k + 1 < len(tokens):
            k += 2
        elif tokens[k] in _BUTTONS:
            k += 1
        else:
            return False
        count += 1
    return count >= 2


def _is_spaced_menu(raw_line: str) -> bool:
    """"News  Sport  What's On  Property": menu entries that only wide gaps separate."""
    parts = [p for p in re.split(r"\s{2,}|\t", raw_line.strip()) if p]
    # a table row copied with tabs has figures: "Reform UK  11  677  +677"
    if len(parts) == 2:  # "Menu   Search": two buttons
        return all(p.lower() in _BUTTONS for p in parts)
    # (one entry of a long menu may carry a year: "Referendum 2025")
    figured = [p for p in parts if re.search(r"\d", p)]
    # (one entry of five or more may shout: "Podcasts   Programme   Win!")
    shouted = next((p for p in parts if p.endswith("!") and len(_words(p)) == 1), None)
    return len(parts) >= 3 and all((len(_words(p)) <= 3 or _BACK_TO.match(p))
                                   and (not _TERMINAL.search(p) or p == shouted
                                        and len(parts) >= 5) for p in parts) and (
        not figured or len(parts) >= 5 and len(figured) == 1 and len(figured[0].split()) <= 2
        and bool(re.search(r"[^\W\d_]{3}", figured[0])))


def _menu_entries(raw_line: str) -> list[str]:
    """The entries of a menu line, between its separators or wide gaps (none for one entry
    alone on its line)."""
    entries = [x for x in re.split(r"\s{2,}|" + _SEPARATORS.pattern, raw_line) if x and x.strip()]
    return entries if len(entries) >= 2 else []


def _cells(raw_line: str) -> list[str]:
    return [p for p in raw_line.strip().split("\t") if p.strip()]


def _table_header(raw_lines: list[str], k: int) -> bool:
    """"Batch number<tab>Strength<tab>Expiry date" over rows of as many cells with figures: the
    head of a table copied with tabs, not a menu."""
    cells = len(_cells(raw_lines[k]))
    if cells < 2 or "\t" not in raw_lines[k]:
        return False
    nxt = next((r for r in raw_lines[k + 1:] if r.strip()), "")
    return len(_cells(nxt)) == cells and bool(re.search(r"\d", nxt))


def _table_row(raw_lines: list[str], k: int) -> bool:
    """A row copied from a table ("Green<tab>24<tab>+15", "Ann Lee<tab>For"): a figure in it, a
    head over rows with figures, or a neighbour with as many cells."""
    cells = len(_cells(raw_lines[k]))
    if cells < 2 or "\t" not in raw_lines[k]:
        return False
    near = [raw_lines[j] for j in (k - 1, k + 1) if 0 <= j < len(raw_lines)]
    return bool(re.search(r"\d", raw_lines[k])) or _table_header(raw_lines, k) or any(
        "\t" in x and len(_cells(x)) == cells for x in near)


def _continues(previous: str, line: str, inside: bool = False) -> bool:
    """A paragraph copied with hard line breaks: "... thrown around "like clothes in a" /
    "washing machine" when ...". A line that starts in lower case goes on the sentence before
    it when that one has not ended."""
    # a list of short lower-case items ("a grain storage facility" / "a bulk carrier …") is not a
    # wrapped paragraph: a wrapped line fills most of the width
    if _TERMINAL.search(previous) or len(_words(previous)) < 3 or len(previous) < 50:
        return False
    if line[:1].islower():
        return not _BRAND.match(line)
    # a break before a figure the sentence goes on from ("... now holds" / "812, an occupancy
    # of ..."), not a year opening an item of a list ("1971, the bridge opens"); or, in a long
    # line, after a word no sentence ends on ("... divers of the Lenn Valley Fire and" /
    # "Rescue Service ..."; a headline may end "... where the cases are coming from")
    if line[:1].isdigit():
        return len(previous) >= 40 and not re.match(r"(1\d|20)\d\d\b", line) and bool(
            _OPEN_WORD_END.search(previous) or _OPEN_BEFORE_FIGURE.search(previous))
    return len(previous) >= 80 and ": " not in previous and line[:1].isupper() and \
        bool(_OPEN_WORD_END.search(previous) or (inside and _PASSIVE_END.search(previous)))


# Words a line cannot end on when the sentence goes on: "a company registered in" / "Hrabovo."
_OPEN_END = re.compile(
    r"(?:[,–—-]|\b(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|as|than|that|which|"
    r"who|whose|was|were|is|are|has|have|had|be|been|its|their|his|her|our|said|says|about|"
    r"into|over|after|before|under|between|against|some|per|almost|nearly|more|less|above|"
    r"below|near|across|through|towards?|around|behind|beyond|during|since|until|without|"
    r"within|along|among|onto|upon|via|despite|beside|outside|inside))$",
    re.IGNORECASE)


# Words no sentence or headline ends on (a headline may end "... isn't over", "..., police
# say"): a line that does was broken mid-sentence
_OPEN_WORD_END = re.compile(r"\b(a|an|the|and|or|but|than|whose|its|their|our|between|per|via)$")
# ... and, inside the article (not its headline: "... residents were subjected to" over the first
# paragraph), a passive verb before the preposition it takes: "... 27 ambulances were diverted
# to" / "Pelham Royal Infirmary ..."
_PASSIVE_END = re.compile(r"\b(were|was|been|being|be|are|is) \w+ed (to|into|by|with|at)$")
# ... and, before a figure, words a figure follows: "as many as" / "32 people", "rose to" / "812"
_OPEN_BEFORE_FIGURE = re.compile(r"\b(as|of|to|from|by|with|about|nearly|almost|some|than|"
                                 r"holds?|held|reached|totalled|totaled)$")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was broken at, or None when its lines are not wrapped.

    Wrapped prose is a wall of lines of nearly one length; a pasted web page has long
    paragraph lines and short furniture of every length."""
    # distinct lines: a line repeated down the page (a cookie banner per teaser) is not prose
    lengths = [len(x) for x in dict.fromkeys(x.strip() for x in lines) if len(x) >= 25]
    if len(lengths) < 8:
        return None
    best = max(range(40, 121), key=lambda w: sum(w - 12 < n <= w for n in lengths))
    near = [n for n in lengths if best - 12 < n <= best]
    longer = sum(n > best for n in lengths)
    if len(near) < 8 or len(near) < 3 * longer or len(near) < 0.4 * len(lengths):
        return None
    return max(near)


def _unwrap(lines: list[str]) -> tuple[list[str], list[int]]:
    """Rejoin the lines of hard-wrapped paragraphs; also return each line's first raw line.

    A line continues the one before when the wrapper had to break there (the next word would
    not have fitted) and the sentence visibly goes on: the line ends on a comma or a word like
    "in" or "the", or the next one starts in lower case, with a digit or a quotation mark."""
    width = _wrap_width(lines)
    if width is None:
        return lines, list(range(len(lines)))
    out: list[str] = []
    origin: list[int] = []
    previous = ""
    inside = False  # the previous line is inside a paragraph: it continued one or began a sentence
    for n, line in enumerate(x.strip() for x in lines):
        first = line.split(" ", 1)[0]  # "2\u00a0March" is one word to the wrapper
        # ("... the one our grandparents gave:" / "close the shutters at dawn ... at dusk.": a
        # colon inside a sentence, not a list's lead-in over its short items)
        colon = previous.endswith(":") and first[:1].islower() and bool(_TERMINAL.search(line))
        wrapped = bool(previous) and bool(line) and len(previous) <= width < \
            len(previous) + 1 + len(first) and (not _TERMINAL.search(previous) or colon)
        if wrapped and (inside or _OPEN_END.search(previous, max(0, len(previous) - 16))
                        or (first[:1].islower() and not _BRAND.match(first))
                        or first[:1].isdigit() or first[:1] in "\"'“‘(«"):
            out[-1] += " " + line
            inside = True
        else:
            out.append(line)
            origin.append(n)
            # "... from the opposition benches. The ruling" / "ZPU and ...": a sentence began
            inside = bool(_SENTENCE_INSIDE.search(line))
        previous = line
    return out, origin


_CLOCK = re.compile(r"\d[:.]\d\d")  # "07:38", "6.00am"
_BRAND = re.compile(r"[a-z]{1,2}[A-Z]")  # "iPhone", "eBay": a name, not a lower-case word
_SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")


# what closes a list of teasers at the foot of a page
_LIST_ENDS = _FOOT_KINDS | {"teaser", "metadata", "comments", "navigation", "tags", "subscription"}


def _list_goes_on(pos: int, lines: list[str], words: list[list[str]],
                  kinds: list[str | None], nonblank: list[int]) -> bool:
    """Whether a list of teasers below the article goes on past the sentence at `pos`: short
    headlines follow it, and furniture (another label, the page's foot) closes them."""
    run = list(itertools.takewhile(lambda q: kinds[q] is None, nonblank[pos + 1:]))
    end = pos + 1 + len(run)
    return bool(run) and end < len(nonblank) and \
        kinds[nonblank[end]] in _LIST_ENDS and all(
            len(words[q]) <= 16 and not _ATTRIBUTED.search(lines[q]) for q in run) and any(
            not _is_prose(words[q], lines[q]) and not _opens_text(lines[q]) for q in run)


def _opens_text(line: str) -> bool:
    """Article lines that do not end like a sentence: a short question ("Why did nobody warn
    them?"; a teaser's question names somebody: "Who is Viktor Kalandzhiev?"), a lead-in to
    a list ("The state listed three reasons:"), a quoted subhead ("'A river in the street'")."""
    words = _words(line)
    asks = line.endswith("?") and len(words) <= 6 and not any(w[0].isupper() for w in words[1:])
    # (a quoted teaser headline goes on after its quotation: "‘I felt sick’: readers describe …",
    # "'I waited nine hours in A&E' - reader's story")
    return asks or line.endswith(":") or (
        line[:1] in "\"'“‘" and not re.search(r"[\"'”’]\s*(:|[-–—])\s+\w", line))


def _is_prose(words: list[str], line: str) -> bool:
    """Article prose ends like a sentence; teaser headlines do not (questions aside)."""
    return len(words) > 20 or bool(re.search(r"[.!…][\"'”’»)]?$", line))


def _looks_like_sentence(words: list[str], line: str) -> bool:
    return len(words) >= 6 and bool(re.search(r"[.!?…][\"'”’»)]?$", line))


# A caption ending in its credit: "Rescuers search a street. Photo: Jane Roe / Courier",
# "... (AP Photo/John Doe)", "... Photograph: Jane Roe/Getty Images".
_CAPTION_CREDIT = re.compile(
    r"([.!?…]\s+(photo|photograph|picture|image|credit|foto)( credit| source)?\s*:\s*[^.!?]{2,80}"
    r"|\((\w+ )?photo\s*/[^)]{2,60}\)"
    r"|\((image|photo|photograph|picture|pic|credit)s?\s*:\s*[^)]{2,60}\)"
    # "The seafront of Valmarsa, where the race finishes (archive photo CorrerePiù)"
    r"|\((archive|file|stock) (photo|photograph|picture|image|pic)s?:? (?-i:[A-Z])[^)]{1,40}\)"
    # "... [Afolabi Sotunde/Reuters]", "... (Xinhua/Tang Yi)", "... Photograph: Jim Roe/Guardian"
    r"|\[(?-i:[A-Z])[^\]]{1,50}/(?-i:[A-Z])[^\]]{1,50}\]"
    # (after a full stop: "Democrats 47%, Republicans 44% (NYT/Siena)" is a poll)
    r"|(^|[.!?…]\s*)\((?-i:[A-Z])[\w .'’-]{1,40}/\s?(?-i:[A-Z])[\w .'’-]{1,40}\)"
    # "Rescuers at the site in Balasore district (Press Trust of India/AP)": a news agency after
    # the slash, a name of two words or more before it, is a picture's credit wherever it
    # stands (not "Beeda Masthan Rao (TDP/AP)", a party in Andhra Pradesh)
    rf"|\s\((?-i:[A-Z])[\w'’.-]*\s[\w .'’-]{{1,40}}/\s?(?-i:{_AGENCIES}|{_PICTURE_AGENCIES})"
    r"( Photo)?\)"
    # ("Rescuers at the site (Reuters/Adnan Abidi)", "... (ANI/Twitter)": the agency first)
    rf"|\s\((?-i:{_AGENCIES})( Photo)?\s?/\s?(?-i:[A-Z])[\w .'’-]{{1,40}}\)"
    r"|\b(photograph|photo|picture|image|credit)\s*:\s*[^.!?]{2,80}/[^.!?]{2,60}"
    # "... as the report was released Credit: Beacon Pictures Ireland"
    # (a name and nothing after it: not "... print the line Photo: Anna Berg under every picture")
    r"|(?-i:[a-z])\s(?-i:Credit|Photo|Picture|Image|Photograph)\s*:\s*((?-i:[A-Z])[\w'’&./-]*"
    r"\s?){1,5}"
    # "... March 4. ST PHOTO: GAVIN FOO", "... 2025. ALAIN JOCARD / AFP"
    r"|[.!?…]\s+((?-i:[A-Z]{2,5})\s+)?(?-i:PHOTO|PICTURE|IMAGE)\s*:\s*[^.!?]{2,60}"
    # "... on December 16, 2014. AFP Photo", "... on Tuesday. (Reuters Photo)"
    rf"|[.!?…]\s+\(?(?-i:{_AGENCIES}|{_PICTURE_AGENCIES})\s(photos?|pictures?)\)?\.?"
    r"|[.!?…]\s+(?-i:[A-Z][A-Z'’ .-]{3,40})\s?/\s?(?-i:[A-Z][A-Za-z]{1,20})"
    # (a caption's, not "… more than 200 photographs by Dorothea Lange.")
    r"|(^|[.!?…]\s+|(?-i:[A-Z])[\w'’]+ )(photo|photograph|picture)s? by "
    r"(?-i:[A-Z])[\w'’-]+( (?-i:[A-Z])[\w'’-]+){0,2}( ?/ ?(?-i:[A-Z])[\w .'’-]{1,40})?\.?)$",
    re.IGNORECASE)
# An agency's photo credit ends nothing but a caption, and an agency's captions run to two long
# sentences: "A rescue worker guides a sniffer dog ... Emergency crews are searching ... more
# than 100 people remained missing.(AP Photo/Ng Han Guan)"
_AGENCY_PHOTO_CREDIT = re.compile(rf"\((?:{_AGENCIES}) Photo\s?/[^)]{{2,60}}\)$")
# a caption tagged as one: "[Photo] Family members embrace outside the mine gate ..."
_PICTURE_TAG = re.compile(r"^[\[(](photos?|images?|pictures?|video|graphic)[\])]\s+\S",
                          re.IGNORECASE)
# Names only, e.g. a byline without "By": "Andrej Novak and Lena Hart" (two to three words each).
_NAME = rf"(?:[{_UPPER}][\w'’.-]+(?: [{_UPPER}][\w'’.-]+){{1,2}})"
_NAMES_LINE = re.compile(rf"^{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}$")
# "Ilinca Marin in Sarnak", "Jane Roe and John Doe in Kyiv", "Vesna Karlovic at the Stadion
# Dusana Vlaha": a byline with the reporter's place
_NAMES_IN_PLACE = re.compile(rf"^{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}} (in|at)( the)? "
                             r"[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,2}$")


# "Jane Roe is the Chronicle's chief football writer.", "John Doe is a senior reporter at X
# covering energy." (not "... and was detained in March": news about the writer)
_WRITER_NOTE = re.compile(
    rf"^({_NAME}) (is|was|has been) (the |a |an |our )?([\w'’. ]{{1,40}}['’]s? )?({_DESKS} )?"
    r"([\w-]+ ){0,2}(?i:writer|correspondent|editor|reporter|columnist|journalist|critic|"
    r"commentator)s?(,? (at|for|in|on|based in|covering|who covers|specialising in|specializing "
    r"in)\b[^!?.]{0,120})?(\.|\.? (?-i:[A-Z])[\w'’.-]+( (?-i:[A-Z])[\w'’.-]+){1,2} (covers|"
    r"reports on|writes about|is (the|a|an|our) [\w'’ ]{0,40}(writer|correspondent|editor|"
    r"reporter|photographer|photojournalist|videographer|producer))\b[^!?]{0,100}\.)?$|"
    # "... is a science journalist and former nurse based in Hollvik. He writes The Gut Check
    # every Saturday."
    # (a job in capitals too: "the Flash's Chief Reporter")
    rf"^({_NAME}) (is|was) (a|an|the) [\w'’ -]{{0,40}}\b(?i:writer|correspondent|editor|reporter|"
    r"columnist|journalist|critic|commentator)\b[^!?.]{0,80}\. (He|She|They) (writes|edits|"
    r"presents|hosts|covers|reports|joined|has (reported|written|covered|worked|been))\b"
    r"[^!?.]{0,80}\.?$|"
    # "Katrin Oberle has covered health in the Selm valley for the Evening Post since 2015."
    rf"^({_NAME}|[A-Z][\w'’-]+) (has (covered|reported on|written about)|covers|reports on|"
    r"writes about) "
    r"[^!?.]{2,100}\.( (He|She|They|Reach|Contact|Email|Follow|Before|Previously|Prior to) "
    r"[^!?]{2,120}\.)?$|"
    # "Ambrose Lai joined the Post in 2019 and covers transport. He previously worked at ..."
    rf"^({_NAME}) joined (the )?[\w'’ ]{{1,40}} in (19|20)\d\d and (covers|reports on|writes "
    r"about) [^!?.]{2,100}\.( (He|She|They) [^!?]{2,120}\.)?$")
# under the writer's name at the foot: "Senior correspondent. Covers Zarovia and the wider
# region from Kostrava, with a focus on justice."
_DESK_NOTE = re.compile(rf"^({_DESKS} ){{0,3}}(writer|correspondent|editor|reporter|columnist|"
                        r"journalist)[.,] ((covers|reports on|writes about)\b[^!?]{2,150}|based "
                        r"in [^.!?,]{2,40})\.?$", re.IGNORECASE)
_EMBLEM = re.compile(r"^coat of arms of\b[^.!?]{2,60}$|^[^.!?]{2,40}\b(crest|emblem)$",
                     re.IGNORECASE)
_EDITION = re.compile(r"^(us|uk|u\.s\.|international|europe|european|australia|asia|africa|"
                      r"americas|global|india|canada|middle east|english|arabic|french|spanish|"
                      r"german|chinese|japanese|korean|world) edition$", re.IGNORECASE)
_NEIGHBOURS = re.compile(r"^([←→‹›«»<>]\s*)?(previous|next)( (article|story|post|release|item|"
                         r"news|press release))?\s*:\s*[^?]{3,150}(?<![.?])$", re.IGNORECASE)
# what a page's foot links are removed as
_FOOT_LINKS = frozenset({"footer", "navigation", "share buttons", "copyright", "cookies", "contact",
                         "follow us", "site foot", "subscription", "feedback form",
                         "site wording"})
# the site on itself, among its foot's links: "VRT – Veskarian Radio and Television is the public
# service broadcaster of the Republic of Veskaria.", "Radio Ulvsund is part of the Ulvsund
# Regional Broadcasting Foundation"
_ABOUT_SITE = re.compile(r"^[A-Z][^.!?]{1,80} (is|are) (the|a|an) ([\w-]+ ){0,3}(public[- ]service "
                         r"(broadcaster|media)|(public|national|regional|local) (radio|television|"
                         r"tv|broadcast(ing)?) (service|station|broadcaster|network))\b[^!?]{0,80}"
                         r"\.?$|^[A-Z][^.!?]{1,60} is (part of|a service of|a publication of|"
                         r"published by|owned by) (the )?[A-Z][^.!?]{2,80}\.?$|"
                         r"^[A-Z][^.!?]{1,60} is (run|operated|staffed|written|produced) by "
                         r"(volunteers|a team of|an independent|a non-?profit|the [\w ]{1,30} "
                         r"(foundation|trust|association|cooperative|society))\b[^!?]{0,80}\.?$|"
                         r"^[A-Z][^.!?]{1,60} is (not|in no way) affiliated with\b[^!?]{2,80}\.?$|"
                         # "SwissVoice is the international service of the Swiss Public
                         # Broadcasting Corporation. It publishes news about Switzerland ..."
                         r"^[A-Z][^.!?]{1,60} is the (international|overseas|world|english[- ]"
                         r"language|online|digital|news) (service|arm|edition|website|channel) "
                         r"of (the )?[A-Z][^!?]{2,160}\.?$")
_PRESS_OFFICE = re.compile(r"^(the )?(press|media|public relations|communications|public "
                           r"information) (office|service|department|centre|center|unit|team)"
                           r"( of [^.!?]{2,80})?$", re.IGNORECASE)
_IMPRINT = re.compile(r"^(?=.*\d)[A-Z][^.!?,]{1,50} (d\.o\.o\.|d\.d\.|s\.r\.o\.|a\.s\.|[Ll]td\.?|"
                      r"Limited|GmbH|PLC|plc|LLC|Inc\.?|S\.A\.|AG|AB|Oy|sp\. z o\.o\.)\s?[,·|]"
                      r"( [^,.!?·|]{2,40}\s?[,·|]){0,3} [^.!?·|]{2,40}$")
# the site's comment policy in its own words, below the article: "Our comments policy: ...",
# "Please keep comments civil and on topic – posts that break our community rules ..."
_COMMENT_POLICY = re.compile(r"^(our )?comments? (policy|rules|guidelines)\s*:|\bcomments? civil "
                             r"and on[- ]topic\b|\bkeep it civil\b[^!?]{0,60}\b(on[- ]topic|"
                             r"community (rules|guidelines|standards))\b", re.IGNORECASE)
_ABOUT_NOTE = re.compile(r"^(?:[^.!?]|\b(?:inc|ltd|corp|co|plc|llc)\.){2,120}\b(is|are) "
                         r"(a|an|the|one of)\b|^founded in\b|"
                         r"^(established|headquartered|based) in\b|"
                         # "Aldera Automotive AG, headquartered in Stuttgart, develops ..."
                         r"^[^.!?]{2,80}, (headquartered|based) in\b",
                         re.IGNORECASE)
# (a fragment of its own: "Your valley. Your news. Since 1921.", not "Lowest since 2021")
_FOUNDED = re.compile(r"(^|[.!?|·•]\s*)(since|est\.?|established|founded)( in)? "
                      r"(1[5-9]|20)\d\d\W*$", re.IGNORECASE)
_MORE_INFO = re.compile(r"^(more info(rmation)?|learn more|find out more|details|settings)$",
                        re.IGNORECASE)
# an advert's shape, a name, what it offers, a number: "Hradil Plumbing & Heating – boilers,
# bathrooms, emergency call-outs 24/7. Tel. 604 118 220"
_AD_CONTACT = re.compile(r"^(?-i:[A-Z])[\w&'’ .-]{2,40} [–—-] [^!?]{3,100}[.!]?\s*"
                         r"(tel|phone|call)\b\.?:?\s*\+?\d[\d ]{5,}\d$", re.IGNORECASE)
_YOUR_EMAIL = re.compile(r"^(your |enter your )?e-?mail( address)?\s*\*?$", re.IGNORECASE)
_SOURCE_LABEL = re.compile(r"^(image|media|video|photo|picture) (source|credit)s?\s*[,:]\s*\S",
                           re.IGNORECASE)
_PICTURE_CREDIT = re.compile(r"^(picture|photo|photograph|image|pic)( credit)?\s*:\s*[^.!?]{2,60}/"
                             r"[^.!?]{2,40}$", re.IGNORECASE)
_CAPTION_LABEL = re.compile(r"^(image|media|video|photo) (caption|source)\s*[,:]?$",
                            re.IGNORECASE)
_PITCH = re.compile(r"\b(every|each) (day|week|weekday|morning|evening|month|monday|tuesday|"
                    r"wednesday|thursday|friday|saturday|sunday)\b|\b(weekly|daily|inbox|"
                    r"newsletter|briefing|round-?up|digest)\b", re.IGNORECASE)
# an index or quote on a line of its own: "CSX HEALTH CARE -1.1%"
_INDEX_LINE = re.compile(r"^[A-Z][A-Z0-9.&/ -]{0,30} [+\-−▲▼]\s?\d+(\.\d+)?\s?%$")


# "Reported by RFA's Lao Service. Translated by Jane Roe. Written in English by John Doe."
# Who is credited is names: capitalised words, joined by "and", "of", "the", commas ("Pixar, the
# film earned ..." is a sentence).
_CREDITED = r"(?-i:[A-Z])[\w'’.&-]*(?:(?:,? | (?:and|of|the|in|for|from|de|van|von) )" \
    r"(?-i:[A-Z])[\w'’.&-]*){0,6}"
_CREDIT_CHAIN = re.compile(
    r"^((additional )?(reported|reporting|translated|written|writing|edited|editing|produced|"
    r"compiled|research|photos?|video)( in english)? by " + _CREDITED + r"\s*[.;]?\s*)+$",
    re.IGNORECASE)


def _speaks(words: list[str], line: str) -> bool:
    """Whether a sentence-like line is in the page's own voice, addressing the reader."""
    # somebody's words: a quotation, one opened for the paragraph ("“We would urge residents to
    # sign up ..."), an interview's "Q:" and "A:"
    unquoted = "" if re.match(r"^([\"“‘]|(Q|A)\s*:)", line) else _QUOTED.sub(" ", line)
    # a sentence that only says "you" is consumer news ("If a message lands in your inbox
    # claiming to be from HMRC, do not click the link."), not the page speaking
    if len(words) > 40 or _ATTRIBUTED.search(line) or not _NOTICE_MARK.search(unquoted):
        return False
    return len(words) < 9 or bool(_NOTICE_MARK.search(
        re.sub(r"\b(you|your|yours)\b", " ", unquoted, flags=re.IGNORECASE)))


_COPYRIGHT_NAME = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?([^,.|·•©\d]{3,80}?)\s*"
                             r"(?:,?\s*\d{4})?\s*(?:[.,|·•]|$)", re.IGNORECASE)
_TIMED = re.compile(r"^\d{1,2}[:.]\d{2}\s+(\S.{3,})$")
# what a press release puts under its end mark (an article's "###" section break has prose)
_RELEASE_TAIL = re.compile(r"^(media (contact|enquiries|inquiries)|press (contact|office|"
                           r"enquiries)|contacts?\b|for (more|further) information|notes? to "
                           r"editors?|about (?-i:[A-Z])|source:)", re.IGNORECASE)
_REFERENCE = re.compile(r"^(our )?ref(erence)?\.?( no\.?)?\s*:\s*[A-Z0-9][A-Z0-9/.-]{3,}$",
                        re.IGNORECASE)
_BARE_DOMAIN = re.compile(r"^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,6}$")
_RELEASE_END = re.compile(r"^(#{3}|[-–—]\s*ends?\s*[-–—]|ends|[-–—]\s*30\s*[-–—])$", re.IGNORECASE)
_HEADLINE_QUOTE = re.compile(r"^(‘[^’]+’|'[^']+')$")
_ONLY_QUOTE = re.compile(r"^(“[^”]+”|\"[^\"]+\"|‘[^’]+’|«[^»]+»)[.!?]?$")
_ACRONYM_NAME = re.compile(r"^([^\W\d_][^\W_]{1,5})\s+[–—-]\s+((?:[\w'’&.-]+\s*){2,8})$")
_NAME_GLUE = frozenset({"of", "and", "the", "for", "&", "de", "la", "du", "e", "da", "do",
                        "di", "del", "der", "des", "van", "von", "y", "i"})


def _spelled_out_name(line: str) -> bool:
    """A site's name with its initials: "RTT – Radio Television Tarsovia", "BBC - British
    Broadcasting Corporation" (a masthead line, not a headline: a headline says something)."""
    m = _ACRONYM_NAME.match(line)
    if not m:
        return False
    words = [w for w in m.group(2).split() if w.lower() not in _NAME_GLUE]
    initials = "".join(w[0] for w in words)
    short = m.group(1)
    # every word one initial: "NHS – National Health Service Faces Strike" is a headline
    return short.isupper() and all(w[0].isupper() for w in words) and initials == short


def _classify(line: str) -> str | None:
    """The boilerplate kind of a line judged alone, or None to keep it."""
    words = _words(line)
    if not words:
        # a review's star rating ("★★★★☆") is its verdict
        return None if re.fullmatch(r"[★☆✩✪⭐½ ]+", line) else "symbols"
    # the page's note on itself, however long, and though it says what the article "said"
    if len(words) <= 60:
        for kind, pattern in _PAGE_VOICE:
            if pattern.search(line):
                return kind
    if _CORRECTION.match(line):
        return "correction"
    if len(words) <= 40 and _CREDIT_CHAIN.match(line) and not re.search(
            r"\b(by|of) (local|state|national|official|the) (media|press|officials?|news)", line,
            re.IGNORECASE):
        return "credits"
    if len(words) <= 40 and (_CAPTION_CREDIT.search(line) or _PICTURE_TAG.match(line)) or \
            len(words) <= 90 and _AGENCY_PHOTO_CREDIT.search(line):
        return "photo caption"
    # Only notices may remove a line that reads like a sentence ("By Tuesday, rescuers had ..."
    # is not a byline), and only one that speaks to the reader; long ones are article. Most
    # article lines do not speak, so their patterns need not be tried at all.
    patterns = _STRONG
    if _looks_like_sentence(words, line):
        patterns = _NOTICE_PATTERNS if _speaks(words, line) else ()
    for detail, pattern in patterns:
        if pattern.search(line):
            return detail
    if _is_date_line(words, line) or _is_dated_strip(line):
        return "metadata"
    if _spelled_out_name(line):
        return "logo"
    if _is_place_dateline(words, line):
        return "dateline"
    if _is_separated_menu(line) and not _looks_like_sentence(words, line):
        return "navigation"
    if len(words) <= 8 and _button_row(line):
        return "share buttons"
    return None


def headline(raw: str, furniture: Collection[int] = ()) -> str:
    """The first line that cleaning keeps: a pasted page's first raw line is usually navigation.

    Judged without the user's restored lines, so restoring "Skip to main content" (or a saved
    page's teaser) does not make it the document's title. Empty when nothing survives."""
    return clean(raw, (), furniture).text.split("\n", 1)[0].strip()


# Recent results: loading a text cleans it once for its headline and the analysis then needs the
# same result (a third of the cleaning time of a 20-article comparison was this repeat). Bounded
# by the characters held, so a few huge pages cannot pin memory.
_RECENT: OrderedDict[tuple[str, frozenset[int], frozenset[int]], Cleaned] = OrderedDict()
_RECENT_CHARS = 16_000_000
_recent_lock = threading.Lock()


def clean(raw: str, keep: Collection[int] = (), furniture: Collection[int] = ()) -> Cleaned:
    """Return the article text and what was taken out of it, line by line.

    `keep` holds raw line numbers (0-based, as in `Removed.line`) the user restored: they stay in
    the text at their place, and every other line is judged exactly as without them.
    `furniture` holds the lines a web page shows outside its article: removed unless kept, and
    the rest is judged exactly as without them."""
    key = (raw, frozenset(keep), frozenset(furniture))
    with _recent_lock:
        found = _RECENT.get(key)
        if found is not None:
            _RECENT.move_to_end(key)
            return found
    result = _clean_page(raw, key[1], key[2]) if key[2] - key[1] else _clean(raw, key[1])
    with _recent_lock:
        _RECENT[key] = result
        held = sum(len(k[0]) for k in _RECENT)
        while len(_RECENT) > 1 and held > _RECENT_CHARS:
            old, _ = _RECENT.popitem(last=False)
            held -= len(old[0])
    return result


def _spells(line: str, initials: set[str]) -> bool:
    """Whether a line is a name whose capitals spell one of `initials`, alone or after the
    initials themselves with a tagline after a comma ("KRT – Kestrian Radio and Television,
    public service media"); never a headline with a comma ("United States, China Agree ...")."""
    head, comma, _ = line.partition(",")
    parts = [p for p in _SEPARATORS.split(head) if p]
    if len(parts) == 2 and parts[0] in initials:
        name = parts[1]
    elif len(parts) == 1 and not comma:
        name = parts[0]
    else:
        return False
    words = _words(name)
    # ("Television" is a "TV": "Lutavian Radio and Television" under "LRTV")
    # (or the name before what it is of: "NSI – National Seismological Institute of the Republic of
    # Dravania" beside "NSI" itself; not a headline "Royal Air Force of Oman Takes Delivery ...")
    before_of = list(itertools.takewhile(lambda w: w != "of", words)) if len(parts) == 2 else []
    spelled = {"".join(w[0] for w in words if w[0].isupper()),
               "".join("TV" if w == "Television" else w[0] for w in words if w[0].isupper()),
               "".join(w[0] for w in before_of if w[0].isupper()) if len(before_of) >= 2 else ""}
    return len(words) >= 3 and all(w[0].isupper() or w.lower() in _NAME_LINKS for w in words) \
        and bool(spelled & initials)


_NAME_LINKS = frozenset({"and", "of", "the", "&", "for", "de", "du", "la"})
def _clean_page(raw: str, keep: frozenset[int], furniture: frozenset[int]) -> Cleaned:
    """Clean a web page's article alone; its other lines are removed as furniture at the place
    of the next line kept, and those the user restored go back there, as lines of their own
    (the article's lines are judged exactly as without them)."""
    lines = normalise_newlines(raw).split("\n")
    shown = [k for k in range(len(lines)) if k not in furniture]
    inner = _clean("\n".join(lines[k] for k in shown),
                   frozenset(n for n, k in enumerate(shown) if k in keep))
    text = inner.text
    starts = [(shown[n], at) for n, at in inner.starts]
    removed = [replace(r, line=shown[r.line]) for r in inner.removed]
    for k in sorted(furniture):
        line = normalise_line(lines[k])
        if not line:
            continue
        # where the line stood: before the next paragraph kept, else at the end
        following = bisect.bisect_right(starts, (k, len(text) + 1))
        at = starts[following][1] if following < len(starts) else None
        if k not in keep:
            removed.append(Removed(line, "boilerplate", "page furniture",
                                   len(text) if at is None else at, k))
            continue
        if at is None:  # after the last paragraph; what the page has below it follows
            end = len(text)
            text = f"{text}\n{line}" if text else line
            starts.append((k, len(text) - len(line)))
            removed = [replace(r, at=len(text)) if r.line > k and r.at == end else r
                       for r in removed]
            continue
        # before the paragraph at `at`: it and all after it move along
        text = f"{text[:at]}{line}\n{text[at:]}"
        grow = len(line) + 1
        starts = sorted([(n, o + grow if o >= at else o) for n, o in starts] + [(k, at)])
        removed = [replace(r, at=r.at + grow) if r.at > at or (r.at == at and r.line > k)
                   else r for r in removed]
    removed.sort(key=lambda r: r.line)
    return Cleaned(text, tuple(removed), tuple(starts))


def normalise_newlines(text: str) -> str:
    """"\r\n" and "\r" as "\n": loaded files and cleaned raw texts break lines one way."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean(raw: str, keep: frozenset[int]) -> Cleaned:
    raw_lines = normalise_newlines(raw).split("\n")
    joined, origin = _unwrap(raw_lines)
    if len(joined) != len(raw_lines):
        raw_lines = joined
        keep = frozenset(k for k, o in enumerate(origin) if o in keep)
    lines = [normalise_line(x) for x in raw_lines]
    kinds: list[str | None] = [
        (_classify(x) or ("navigation" if _is_spaced_menu(r) and not _table_header(raw_lines, k)
                          else None)) if x else None
        for k, (x, r) in enumerate(zip(lines, raw_lines))]
    words = [_words(x) for x in lines]
    # A post embedded from X/Twitter: its text, ending in its picture's or link's address, above
    # its signature ("Tear gas just fired on Luard Road in Wan Chai pic.twitter.com/ZmJZrtmRmL"
    # / "— Vicky Wong (@vickywong710) January 1, 2020"; not a sentence that quotes such a link)
    nonblank = [j for j, x in enumerate(lines) if x]
    for above, below in zip(nonblank, nonblank[1:]):
        if kinds[above] is None and _POST_LINK_END.search(lines[above]) and \
                _POST_SIGNATURE.match(lines[below]):
            kinds[above] = "live blog"
    # (a row copied from a table, "Green<tab>24<tab>+15", is the article's, not a menu entry)
    menu = [bool(x) and k is None and _is_menu_item(w, x) and not _table_row(raw_lines, n)
            for n, (x, k, w) in enumerate(zip(lines, kinds, words))]

    # Runs of three or more menu-like lines (blank lines and removed lines may sit between them)
    # are navigation; a single short line stays, since it is usually a headline or subheading.
    # Above the article a menu may have entries in sentence case ("Who we are", "Get
    # involved"): such an entry joins the run only between two Title Case ones.
    i = 0
    first_sentence = next((r for r in nonblank if kinds[r] is None
                           and _looks_like_sentence(words[r], lines[r])), len(lines))
    weak = [r < first_sentence and bool(x) and k is None and not m and 1 <= len(w) <= 4 and
            len(x) <= 30 and (x[0].isupper() or _BRAND.match(x)) and not _TERMINAL.search(x) and
            not re.search(r"\d", x)
            for r, (x, k, w, m) in enumerate(zip(lines, kinds, words, menu))]
    while i < len(nonblank):
        j = i
        while j < len(nonblank) and (menu[nonblank[j]] or weak[nonblank[j]] or
                                     kinds[nonblank[j]] is not None):
            j += 1
        run = [nonblank[k] for k in range(i, j)]
        strong = [pos for pos, r in enumerate(run) if menu[r] or kinds[r] == "navigation"]
        # (an entry below it, not a byline's name nor a button: "Home / News / Sport / Rovers
        # beat City / Jane Smith" ends with the headline)
        # (a breadcrumb is an entry too: "Tennis" / "Winter sports" / "Sport › Athletics")
        below = [pos for pos, r in enumerate(run) if (menu[r] or kinds[r] == "navigation"
                                                      and re.search(r"\s[›»>]\s", lines[r]))
                 and not _NAMES_LINE.match(lines[r])]
        if len(strong) >= 3:
            for pos, r in enumerate(run):
                if weak[r] and len(words[r]) <= 3 and strong[0] < pos and below and \
                        pos < below[-1]:
                    menu[r] = True
        menus = sum(menu[r] for r in run)
        # "Evacuation orders are in place for:" and then one place a line: a list, not a menu
        before = nonblank[i - 1] if i > 0 else None
        listed = before is not None and kinds[before] is None and \
            lines[before].endswith(":") and len(words[before]) >= 4
        if not listed and (menus >= 3 or (menus >= 2 and len(run) >= 3)):
            for r in run:
                if menu[r]:
                    kinds[r] = "navigation"
        i = j + 1 if j == i else j

    # The article's first sentence: what stands above it is the page's head. (What is marked
    # below never reads as a sentence, so it stays the first.)
    first_prose = next((r for r in nonblank if kinds[r] is None
                        and _looks_like_sentence(words[r], lines[r])), len(lines))

    # The site's address alone above the article, its logo's link text: "gov.ie" (in the
    # article, a list of addresses under "Where to find help:" is the article's)
    for r in nonblank:
        if r < first_prose and kinds[r] is None and _BARE_DOMAIN.match(lines[r]):
            kinds[r] = "logo"
        # a release's reference above its headline: "Reference: WMC/PR/1014-07" (in the
        # article, "Reference: 24/01234/OUT" of a planning application is the article's)
        elif r < first_prose and kinds[r] is None and _REFERENCE.match(lines[r]):
            kinds[r] = "metadata"

    # A one- or two-word menu item touching a navigation line extends it ("Home" / "World"), as
    # does one touching a label above the article ("Summary" / "Companies" / "Automotive").
    changed = True
    while changed:
        changed = False
        for pos, r in enumerate(nonblank):
            if not menu[r] or kinds[r] is not None or len(words[r]) > 2:
                continue
            near = [nonblank[p] for p in (pos - 1, pos + 1) if 0 <= p < len(nonblank)]
            if any(kinds[q] == "navigation" or (kinds[q] == "label" and q < first_prose)
                   for q in near):
                kinds[r] = "navigation"
                changed = True

    # A press release ends with "###" (or "-ENDS-"): below it are the media contact, "About
    # the company" and the site's own links, never the release.
    prose = 0
    for r in nonblank:
        if kinds[r] is None and len(words[r]) >= 8:
            prose += 1
        elif prose >= 3 and _RELEASE_END.match(lines[r]):
            kinds[r] = "after the release"  # the mark itself ("ENDS")
            # (its "Notes to editors" are the release's own)
            if _RELEASE_TAIL.match(next((lines[q] for q in nonblank if q > r), "")):
                for later in nonblank:
                    if later > r and kinds[later] is None:
                        kinds[later] = "after the release"
                break

    # Above the headline, short menu-like lines are the masthead: site name, section kicker.
    for r in nonblank:
        if kinds[r] is not None:
            # "Can't connect right now! retry" above "World" above the headline; a menu of four
            # entries ("News  Sport  Weather  Travel") is no headline either
            continue
        # (a section's name in sentence case is a kicker too: "Local news", "World sport")
        if not menu[r] and not (len(words[r]) <= 2 and not _TERMINAL.search(lines[r]) and
                                all(w.lower() in _KICKER_WORDS for w in words[r])):
            break  # the headline ("Minister interview", "Floods hit the valley")
        kinds[r] = "masthead"

    # Above the article, the site's name over its menu, written again in its footer ("Hollvik
    # University of Medical Sciences | Tornvägen 12, Hollvik"); a teaser repeating the headline
    # does not count.
    footer = {_line_key(_words(item)) for r in nonblank
              if kinds[r] not in (None, "teaser", "duplicate") and r > first_prose
              for item in _SEPARATORS.split(lines[r])[:1] if item != lines[r]}
    # ... or signs its copyright line: "© Statistical Office of the Republic of Ardesia, 2026."
    signed = {_line_key(_words(found.group(1))) for r in nonblank
              if kinds[r] is not None and r > first_prose
              for found in [_COPYRIGHT_NAME.match(lines[r])] if found}
    footer |= signed
    for r in nonblank[:nonblank.index(first_prose)] if first_prose in nonblank else []:
        if kinds[r] is not None:
            continue
        if _line_key(words[r]) in footer and len(words[r]) <= 8:
            kinds[r] = "masthead"
            continue
        # The copyright's name (or the end of it: "Solidaris Orsenia" / "© 2029 Fundația
        # Solidaris Orsenia") beside a tagline: "Solidaris Orsenia – together for people in
        # need"; not beside a headline ("Budget passes after marathon debate | Courier").
        items = [x for x in _SEPARATORS.split(lines[r]) if x]
        named = [x for x in items if 2 <= len(_words(x)) <= 8 and any(
            f == _line_key(_words(x)) or f.endswith(" " + _line_key(_words(x))) for f in signed)]
        if len(items) >= 2 and named and all(
                x in named or x[:1].islower() or len(_words(x)) <= 2 for x in items):
            kinds[r] = "masthead"

    # Above the article, a section label repeats an entry of the site's menu ("Policy" over
    # the headline, "Markets | Companies | Economy | Policy" higher up).
    sections = {_line_key(_words(item)) for r in nonblank if kinds[r] == "navigation"
                for item in _SEPARATORS.split(lines[r]) if item}
    # Only over a headline: a line of four words or more that is not a sentence ("Ukraine
    # war" over a paragraph is the page's title), and only when the page has an article
    # sentence at all (a list page's subheads may repeat its menu).
    above = [r for r in nonblank if r < first_prose] if first_prose < len(lines) else []
    for pos, r in enumerate(above[:-1]):
        nxt = next((q for q in above[pos + 1:] if kinds[q] is None), None)
        if kinds[r] is None and len(words[r]) <= 3 and _line_key(words[r]) in sections and \
                nxt is not None and len(words[nxt]) >= 4 and not _TERMINAL.search(lines[nxt]):
            kinds[r] = "masthead"

    # A section label ("Similar News", "Read more:") heads a list of teaser headlines: take the
    # headline-like lines after it, stopping at the first line that reads like article prose.
    # Above the article's first sentence a section name is a menu item ("Top Stories" just
    # above the headline): the headline under it is not a teaser. "Read more:" still is a label.
    # Below the article's last paragraph a list may hold a headline with a full stop
    # ("Heatwave pushes Spain's power demand to record high."): the list goes on past it.
    # (a paragraph: as long as most of the page's sentences, a tabloid's short ones too)
    sentences = [r for r in nonblank if kinds[r] is None and _is_prose(words[r], lines[r])]
    lengths = sorted(len(words[r]) for r in sentences)
    paragraph = min(25, max(12, lengths[3 * len(lengths) // 4] if lengths else 25))
    paragraph_end = max((r for r in sentences if len(words[r]) >= paragraph), default=len(lines))

    def section_label(pos: int, r: int) -> bool:
        """"Also in World" below the article's last paragraph, with no sentence under its list
        ("Also in the Chamber" over a list the article goes on after is its subheading)."""
        return r > paragraph_end and kinds[r] is None and bool(_ALSO_IN.match(lines[r])) and \
            not any(kinds[q] is None and _is_prose(words[q], lines[q]) for q in nonblank[pos + 1:])

    for pos, r in enumerate(nonblank):
        if not _TEASER_LABEL.match(lines[r]) and not section_label(pos, r):
            continue
        if kinds[r] is None:
            kinds[r] = "teaser"
        if r < first_prose and not _INLINE_LABEL.match(lines[r]):
            continue
        taken = 0  # eight lines, not counting the teasers' dates
        # (under the article's end, the wire's credits or the page's dated copyright (not a
        # picture's "© Reuters"), a headline with a full stop is one more teaser: "Swiss glacier
        # loss slowed in 2024, monitoring network says.")
        ended = r > paragraph_end and any(
            kinds[q] in {"credits", "after the release", "site foot"} or kinds[q] == "copyright" and
            re.search(r"\b(19|20)\d\d\b|rights reserved", lines[q], re.IGNORECASE)
            for q in nonblank[:pos] if q > paragraph_end)
        for k, nxt in enumerate(nonblank[pos + 1:pos + 17], start=pos + 1):
            if kinds[nxt] == "metadata":
                continue  # (a teaser's date under it: "What are the rules?" / "13 March 2026")
            taken += 1
            if taken > 8:
                break
            if kinds[nxt] is not None:
                # (a teaser's source under it: "Bolivia flooding kills 12 …" / "The Associated
                # Press")
                if kinds[nxt] in {"teaser", "navigation", "advertisement", "share buttons",
                                  "agency byline"}:
                    continue
                break
            if _is_prose(words[nxt], lines[nxt]) or _opens_text(lines[nxt]):
                # (a sentence stays, whatever it is: "Heatwave pushes Spain's power demand to
                # record high." may be the article's last; the headlines under it go)
                if r > paragraph_end and _list_goes_on(k, lines, words, kinds, nonblank):
                    continue
                after = nonblank[k + 1] if k + 1 < len(nonblank) else None
                if ended and len(words[nxt]) <= 16 and (after is None or kinds[after] is not None):
                    kinds[nxt] = "teaser"  # (with furniture or nothing under it)
                    continue
                # (nor a teaser's one-sentence summary under its headline: "Bangladesh were
                # bundled out for 136 after ..." under "West Indies pip Bangladesh ...")
                before = nonblank[k - 1]
                if ended and len(words[nxt]) <= 40 and kinds[before] == "teaser" and \
                        before != r and not _is_prose(words[before], lines[before]) and \
                        not re.search(r"[.!?][\"'”’]?\s+[A-Z\"“‘]", lines[nxt]):
                    kinds[nxt] = "teaser"
                    continue
                break
            kinds[nxt] = "teaser"

    def last_prose(default: int, site: bool = True) -> int:
        """The article's last sentence kept so far (kinds change as the passes go); without
        `site`, not counting the site's own lines in its foot (its imprint, "… is part of …")."""
        return max((r for r in nonblank if kinds[r] is None
                    and _looks_like_sentence(words[r], lines[r]) and (
                        site or not (_ABOUT_SITE.match(lines[r]) or _IMPRINT.match(lines[r])))),
                   default=default)

    def prose_at(q: int | None) -> bool:
        return q is not None and kinds[q] is None and _is_prose(words[q], lines[q])

    # A word of furniture between two paragraphs is a subhead ("Reactions", "Shares",
    # "Accessibility"); a date over each paragraph of a timeline is its heading.
    dated = []
    for pos, r in enumerate(nonblank):
        prev = nonblank[pos - 1] if pos else None
        nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
        if kinds[r] in _SUBHEAD_LIKE and len(words[r]) <= 4 and not re.search(r"\d", lines[r]) \
                and lines[r].lower() not in _BUTTONS and not _button_row(lines[r]) \
                and prose_at(prev) and prose_at(nxt) \
                and not re.search(r"©|rights reserved", lines[r], re.IGNORECASE):
            kinds[r] = None
        elif kinds[r] == "metadata" and _is_date_line(words[r], lines[r]) and \
                not _CLOCK.search(lines[r]) and prose_at(nxt):
            dated.append(r)
    if len(dated) >= 3:
        for r in dated:
            kinds[r] = None

    # A "Place, Region" dateline stands above the article's first paragraph; further down, such
    # a line is the article's own ("The Salt Roads, Amara Okafor" in a shortlist, "Barbican,
    # London" under a review's title).
    before_rescue = list(kinds)
    for pos, r in enumerate(nonblank):
        if kinds[r] != "dateline" or r <= first_prose or re.search(r"[(\-–—:]", lines[r]) or \
                lines[r].isupper():
            continue
        prev = nonblank[pos - 1] if pos else None
        nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
        listed = "dateline" in (before_rescue[prev] if prev is not None else None,
                                before_rescue[nxt] if nxt is not None else None)
        if listed or (prose_at(prev) and prose_at(nxt)):
            kinds[r] = None

    # Reader comments: from a comments header to the last comment mark after it.
    for pos, r in enumerate(nonblank):
        if kinds[r] != "comments":
            continue
        # A "Comments" link above the article's first sentence heads no thread: below it are
        # the article and, on a live page, entries stamped "12 min ago".
        if r < first_prose:
            continue
        window = nonblank[pos + 1:pos + 60]
        # "JohnB: Terrible news ..." right under the header: a one-word handle and a colon
        for q in window:
            if kinds[q] is not None or not _HANDLE_SAYS.match(lines[q]):
                break
            kinds[q] = "comments"
        marks = [k for k, q in enumerate(window) if _COMMENT_META.search(lines[q])]
        # A thread starts under its header and its marks come every few lines; a "4 days ago"
        # on a teaser far below a "Comments" link at the top is not the end of a thread.
        thread: list[int] = []
        for k in marks:
            if k - (thread[-1] if thread else -1) > _COMMENT_GAP:
                break
            thread.append(k)
        marks = thread
        if not marks:
            continue
        last = marks[-1]
        if not re.match(r"^(reply|report|like)", lines[window[last]], re.IGNORECASE):
            last += 1  # a "name · time" line is followed by the comment itself
        for q in window[:last + 1]:
            if kinds[q] is None or kinds[q] == "metadata":
                kinds[q] = "comments"

    # Names alone next to a dateline, timestamp or byline are the byline; the first line is
    # the headline, however name-like ("Flood Hits Town").
    for pos, r in enumerate(nonblank[1:], start=1):
        if kinds[r] is None and (_NAMES_LINE.match(lines[r]) or _NAMES_IN_PLACE.match(lines[r])):
            near = [nonblank[p] for p in (pos - 1, pos + 1) if p < len(nonblank)]
            nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
            prv = nonblank[pos - 1]
            stamped = kinds[prv] == "metadata" and bool(_CLOCK.search(lines[prv]))
            if (r > first_prose or stamped) and nxt is not None and kinds[nxt] is None and \
                    _is_prose(words[nxt], lines[nxt]):
                continue  # "4:05 PM" / "Interstates Closed" / its paragraph: a live entry
            if any(kinds[q] in {"metadata", "dateline", "byline"} for q in near):
                kinds[r] = "byline"

    # The writer's note at the foot: "Vesna Karlovic is the Chronicle's chief football writer."
    # Only for a name the page's byline gives, so news about a paper's staff stays.
    # (a newsletter's writer signs its copyright; a strip may open with the byline: "By Damir
    # Ivančić and Sara Lukež · 12 March 2030, 16:05 · 9 min read")
    bylined = " ".join(lines[r] for r in nonblank
                       if kinds[r] in {"byline", "credits", "copyright"} or
                       kinds[r] == "metadata" and lines[r].lower().startswith("by "))
    foot = last_prose(len(lines))
    for pos, r in enumerate(nonblank):
        # (at the foot, or right under the byline when it says what the writer is: "By Clara
        # Heyns" / "Clara Heyns is The Easel Review's heritage editor.")
        under = pos > 0 and kinds[nonblank[pos - 1]] in {"byline", "metadata"}
        bio = _WRITER_NOTE.match(lines[r]) if kinds[r] is None and (
            r > first_prose or under) else None
        if bio and r <= first_prose and not bio.group(1):
            bio = None  # "Clara Heyns has covered the Selm valley since 2015.": a lede
        name = next((g for g in bio.groups() if g), "") if bio else ""  # either form's name
        # a surname alone is the byline's when the byline gives it after a first name ("By
        # ANNA SMITH" / "Smith covers ..."), not a newsroom's name ("By Reuters", "BBC Sport")
        # (or a first name alone, given before a surname: "By Anneliese Croft" / "Anneliese
        # covers Karvenia ...")
        if name and " " not in name and (name.isupper() or not any(
                re.match(r"[A-Z][\w'’.-]+$", before) and before.lower() not in {"by", "and"}
                for before in re.findall(rf"(\S+)\s+{re.escape(name)}\b", bylined,
                                         re.IGNORECASE)) and not re.search(
                rf"(?<![\w-]){re.escape(name)} (?-i:[A-Z])[\w'’.-]+", bylined)):
            name = ""
        # (a byline in capitals, "By DANA KOWALCZYK", names her too; "The Times has reported on
        # ... since 2021" is the paper's news about itself)
        noted = name and not name.startswith("The ") and any(
            re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", bylined)
            for n in (name, name.upper()))
        # the byline's name again on its own line at the foot, over the bio ("ANNA SMITH")
        # (below the article or over the bio: in a Q&A, "Anna Smith" is who asks)
        over_bio = pos + 1 < len(nonblank) and any(
            p.match(lines[nonblank[pos + 1]]) for p in (_WRITER_NOTE, _DESK_NOTE))
        signed = not bio and kinds[r] is None and (r > foot or over_bio) and \
            2 <= len(words[r]) <= 4 and _NAMES_LINE.match(lines[r].title()) and \
            re.search(rf"\bby\s+{re.escape(lines[r])}\b", bylined, re.IGNORECASE)
        # (a name over "Senior correspondent. Covers ..." is that writer's, bylined or not)
        desk_name = kinds[r] is None and r > first_prose and pos + 1 < len(nonblank) and \
            2 <= len(words[r]) <= 4 and bool(_NAMES_LINE.match(lines[r])) and \
            bool(_DESK_NOTE.match(lines[nonblank[pos + 1]]))
        if noted or signed or desk_name:
            kinds[r] = "byline"
        elif kinds[r] is None and r > first_prose and _DESK_NOTE.match(lines[r]) and (
                r >= foot or pos and _NAMES_LINE.match(lines[nonblank[pos - 1]])):
            kinds[r] = "author bio"

    # A newsletter box: a line without a full stop between two of its lines is its pitch, when
    # it says how often it comes ("Our football writers' verdict on the weekend's action,
    # every Monday morning").
    for pos, r in enumerate(nonblank[1:-1], start=1):
        if kinds[r] is None and not _TERMINAL.search(lines[r]) and len(words[r]) <= 25 and \
                _PITCH.search(lines[r]) and \
                kinds[nonblank[pos - 1]] == kinds[nonblank[pos + 1]] == "subscription":
            kinds[r] = "subscription"

    # A ticker strip: all-capitals index lines ("CSX HEALTH CARE -1.1%") beside a quote whose
    # symbol names its exchange ("NRV.CB -6.2%"); alone, such lines may be a results box.
    for pos, r in enumerate(nonblank):
        if kinds[r] is None and _INDEX_LINE.match(lines[r]):
            run = [pos]
            for step in (-1, 1):
                k = pos + step
                while 0 <= k < len(nonblank) and (
                        _INDEX_LINE.match(lines[nonblank[k]]) or
                        kinds[nonblank[k]] == "market data"):
                    run.append(k)
                    k += step
            if any(kinds[nonblank[k]] == "market data" for k in run):
                kinds[r] = "market data"

    # Headline-like lines after the article's last sentence, with no label above them, are a
    # list of teasers ("Cardi B says THIS about ...", "Funeral home owner sentenced ...").
    tail: list[int] = []
    stop = -1
    listed = 0  # teasers already found among them (under a label)
    for r in reversed(nonblank):
        if kinds[r] is not None:
            # (teasers above the lines, not a list below them: "More on this story" under an
            # article's closing timeline)
            listed += bool(tail) and kinds[r] == "teaser" and not _TEASER_LABEL.match(lines[r])
            continue
        lead_in = lines[r].endswith(":") and len(words[r]) >= 3 and not re.match(
            r"^(enter|select|choose|search|sign|log|follow|share|subscribe|read|see|watch)\b",
            lines[r], re.IGNORECASE)  # "Enter search term:" is a form
        if _is_prose(words[r], lines[r]) or lead_in:
            # "... asked residents to:" then "Avoid going out in the sun ...": advice, the
            # article's own list
            tail = [] if lead_in else tail
            stop = r
            break
        tail.append(r)
    body = [r for r in nonblank if kinds[r] is None and r not in tail]
    # headlines start with a capital: a line in lower case is an item of the article's own list
    if any(lines[r][:1].islower() and len(words[r]) >= 3 and not re.search(r"[@\d/#]", lines[r])
           for r in tail):
        tail = []
    if tail and body:
        # A closing list of key points names the story's people and places; teasers for other
        # stories do not.
        names = {w for r in body for w in words[r][1:] if w[0].isupper()}
        strangers = [r for r in tail if not names & {w for w in words[r][1:] if w[0].isupper()}]
        if len(strangers) + listed >= 3 and len(strangers) * 2 > len(tail):
            for r in strangers:
                kinds[r] = "teaser"
        # Lines left in the page's own foot, below its contact, feedback, follow or copyright
        # lines, when most of the foot is removed: its strangers, and one or two lines between
        # removed ones ("Postboks 118, Sentrum, 0104 Halvik" between "No" and "Privacy"). An
        # article's closing "Born 3 June 1934", or a score line between two adverts, stays.
        foot_start = next((r for r in nonblank if r > stop and kinds[r] in _FOOT_KINDS), None)
        after = [r for r in nonblank if foot_start is not None and r > foot_start]
        left = sum(kinds[r] is None for r in after)
        if len(after) - left >= max(6, 3 * left):
            for r in strangers:
                if r > foot_start:
                    kinds[r] = "footer"
            runs = itertools.groupby(enumerate(after), key=lambda x: kinds[x[1]] is None)
            for kept, run in runs:
                run = list(run)
                if kept and len(run) <= 2 and run[0][0] > 0 and run[-1][0] < len(after) - 1:
                    for _, r in run:
                        kinds[r] = "footer"

    # A live page's list of key events repeats its posts' headings with their times: "16:07
    # Police fire teargas on Liberty Bridge" over the post "Police fire teargas on Liberty Bridge".
    headings = {_line_key(words[r]) for r in nonblank if kinds[r] is None}
    for r in nonblank:
        timed = _TIMED.match(lines[r])
        if kinds[r] is None and timed and _line_key(_words(timed.group(1))) in headings:
            kinds[r] = "live blog"

    # The same line twice (a headline repeated with its apostrophe lost), or a caption
    # followed by a longer copy of itself: keep one.
    seen: set[str] = set()
    first: dict[str, int] = {}
    kept_rows = [r for r in nonblank if kinds[r] is None]
    for pos, r in enumerate(kept_rows):
        key = _line_key(words[r])
        nxt = kept_rows[pos + 1] if pos + 1 < len(kept_rows) else None
        # (a short line may well repeat: "Christmas Day: Closed" for two shops, "A: I don't
        # recall." twice in a transcript)
        repeated = key in seen and (len(words[r]) >= 6 or (
            len(words[r]) >= 3 and not re.search(r"[:.!?]", lines[r])))
        # (not a heading quoting its post's first words in a headline's single quotes, "‘The
        # next 72 hours are crucial’"; a pull quote in double ones repeats the text)
        shorter_copy = nxt is not None and len(words[r]) >= 5 and \
            _line_key(words[nxt]).startswith(key + " ") and not _HEADLINE_QUOTE.match(lines[r])
        # (but a standfirst the article restates as its sentence is the article's: "Ferry
        # accidents are common ..." under the headline and again, with its full stop, below)
        # (not the headline, and only inside the body: prose follows it, not a share box)
        restated = repeated and 1 <= first.get(key, 0) <= 2 and \
            len(words[r]) >= 8 and _looks_like_sentence(words[r], lines[r]) and any(
                len(words[q]) >= 8 and _is_prose(words[q], lines[q]) for q in kept_rows[pos + 1:])
        if (repeated and not restated) or shorter_copy:
            kinds[r] = "duplicate"
        seen.add(key)
        first.setdefault(key, pos)

    # A call-out in two lines: "Have you been affected by the strike?" over "You can share your
    # experiences by emailing ..."
    for pos, r in enumerate(nonblank[1:], start=1):
        prev = nonblank[pos - 1]
        if kinds[r] == "contact" and kinds[prev] is None and lines[prev].endswith("?") and \
                len(words[prev]) <= 15 and re.search(r"\byou\b", lines[prev], re.IGNORECASE):
            kinds[prev] = "contact"

    # A pull quote: a line that is only a quotation, repeating words the article gives inside
    # a longer line ("“Holding an entire nation to ransom ...”" beside "The minister accused
    # the union of “holding an entire nation to ransom ...”.")
    # A quotation that ends its sentence inside the marks ("“We will finish it.”") is the
    # article's own paragraph, and the headline and what it quotes are never pull quotes.
    body_rows = [r for r in nonblank if kinds[r] is None]
    title = body_rows[0] if body_rows else None
    # (A short one is a subheading quoting the paragraph below it: "‘Eaten by the gas bill’".)
    quoted = [r for r in body_rows[1:] if len(words[r]) >= 7 and _ONLY_QUOTE.match(lines[r])
              and not re.search(r"[.!?]\W*$", lines[r])]
    if quoted:
        folded = {r: f" {_line_key(words[r])} " for r in body_rows}
        place = {r: n for n, r in enumerate(body_rows)}
        for r in quoted:
            sources = [q for q, text in folded.items()
                       if q != title and len(words[q]) > len(words[r]) and folded[r] in text]
            # a short one over the paragraph it quotes, a few lines on, is that part's
            # subheading ("‘The day we have been waiting for’" over "Cenolo ... was jubilant."
            # and "“This is the day we have been waiting for since 2022,” ...")
            if sources and not (len(words[r]) <= 10 and any(
                    0 < place[q] - place[r] <= 3 for q in sources)):
                kinds[r] = "pull quote"

    # A picture's caption under its bare credit ("Getty Images" / "Rescue teams have been
    # working through the night" / the paragraph): a short line without a full stop, below
    # the headline and above a paragraph
    for pos, r in enumerate(nonblank[:-2]):
        if kinds[r] != "caption credit" or len(words[r]) > 4:
            continue
        cap, nxt = nonblank[pos + 1], nonblank[pos + 2]
        # (under a bare credit, a short line is as likely a subheading of its own: "Thousands
        # still without power"; under "Image caption," it is the caption)
        labelled = bool(_CAPTION_LABEL.match(lines[r]))
        if kinds[cap] is None and any(kinds[q] is None for q in nonblank[:pos]) and \
                (2 if labelled else 7) <= len(words[cap]) <= 25 and \
                not _TERMINAL.search(lines[cap]) and \
                kinds[nxt] is None and _is_prose(words[nxt], lines[nxt]):
            kinds[cap] = "photo caption"

    # ... or over its labelled source, as a page copied with the picture's credit after its
    # caption reads ("Card terminals in an Ostholm supermarket showed error messages" / "Image
    # source, VBC / Nils Aune" / the paragraph)
    for pos, r in enumerate(nonblank[1:-1], start=1):
        cap, nxt = nonblank[pos - 1], nonblank[pos + 1]
        if kinds[r] not in {"caption credit", "photo caption"} or kinds[cap] is not None or \
                not 7 <= len(words[cap]) <= 25 or _TERMINAL.search(lines[cap]):
            continue
        under_furniture = pos >= 2 and kinds[nonblank[pos - 2]] is not None
        # (under furniture, a byline or another picture: between two paragraphs a long
        # line over an uncaptioned picture is as likely a subheading, "The families still
        # waiting for answers after the floods")
        labelled = kinds[r] == "caption credit" and bool(_SOURCE_LABEL.match(lines[r])) and \
            under_furniture and kinds[nxt] is None and _is_prose(words[nxt], lines[nxt])
        # (over "Picture: Aldo Finch/CBN", a credit with its photographer and agency, with
        # furniture above the caption or below its credit; between two paragraphs "What the
        # inspectors found" over a credit is the next part's subheading)
        credited = bool(_PICTURE_CREDIT.match(lines[r])) and (
            under_furniture or kinds[nxt] is not None)
        if (labelled or credited) and any(kinds[q] is None for q in nonblank[:pos - 1]):
            kinds[cap] = "photo caption"

    # A release's "About NTG" over the company's note on itself ("Norvalian Transmission Grid
    # (NTG) is the transmission system operator of ..."), down to the next furniture line: the
    # note names what the heading names, says what it is (not what it was: "About Northvolt" /
    # "Northvolt was one of Europe's great hopes ..." is the article's), and furniture or the
    # page's end follows it.
    for pos, r in enumerate(nonblank):
        if kinds[r] != "about the company" or r <= first_prose:
            continue
        named = _line_key(_words(re.sub(r"^\W*about\s+(the\s+)?", "", lines[r], flags=re.I)))
        note = list(itertools.takewhile(lambda q: kinds[q] is None, nonblank[pos + 1:]))
        if note and len(note) <= 3 and named and \
                f" {named} " in f" {_line_key(words[note[0]][:20])} " and \
                _ABOUT_NOTE.search(lines[note[0]]):
            for q in note:
                kinds[q] = "about the company"

    # Lines that are furniture only where furniture stands: a site's emblem or an edition
    # switcher above the article ("Kastel City FC crest", "US edition"; not the subheading
    # "The controversy over the club crest"), a release's neighbours below it ("Next: Weather
    # warning for the southern coast"; not an explainer's "Next: a vote in the full Senate"),
    # a sign-up form's "Your email" beside its other lines
    foot = last_prose(len(lines))
    news_end = last_prose(-1, site=False)
    above = True  # no article line yet
    for pos, r in enumerate(nonblank):
        if kinds[r] is not None:
            continue
        nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
        prv = nonblank[pos - 1] if pos else None
        # (an emblem's alt text stands over more of the page's head, not over a paragraph:
        # "Fans fury over redesigned Everton crest" is the headline)
        if _EMBLEM.match(lines[r]) and above and nxt is not None and \
                not _looks_like_sentence(words[nxt], lines[nxt]):
            kinds[r] = "logo"
        # (a release's neighbours come with other links of its foot: not a race report's
        # closing "Next: stage 13, a flat 165km run from Agen to Pau")
        elif (_EDITION.match(lines[r]) and r < first_prose) or (
                _NEIGHBOURS.match(lines[r]) and (r > foot or r == foot and re.match(
                    r"\W*(previous|next) (article|story|post|release|item)\b", lines[r],
                    re.IGNORECASE)) and any(
                    q is not None and (kinds[q] is not None or _NEIGHBOURS.match(lines[q]))
                    for q in (prv, nxt))):
            kinds[r] = "navigation"
        elif _YOUR_EMAIL.match(lines[r]) and "subscription" in {
                kinds[q] for q in nonblank[max(0, pos - 1):pos + 2]}:
            kinds[r] = "subscription"
        # below the article, among the page's furniture: a release's sender signing off
        # ("Press Office of the National Police of Zarovia"; not the subheading "The press
        # office of the Holy See") and a publisher's imprint ("Drašna Herald d.o.o., Ulica
        # zolnskih rudara 8, Lutovo"; not a list of contractors "Tehnika d.d., Zagreb, 9
        # contracts")
        elif r > news_end and (nxt is None or kinds[nxt] is not None) and (
                _PRESS_OFFICE.match(lines[r]) or _IMPRINT.match(lines[r])
                and (nxt is None or prv is not None and kinds[prv] is not None)):
            kinds[r] = "footer"
        # below the article, the site's comment policy in its own words ("Our comments policy:
        # Please be respectful ...", "Please keep comments civil and on topic – posts that break
        # our community rules will be removed."; not a readers' editor's column on moderation)
        elif r >= news_end and _COMMENT_POLICY.search(lines[r]) and (
                nxt is None or kinds[nxt] is not None):
            kinds[r] = "comments"
        elif r > news_end and _ABOUT_SITE.match(lines[r]) and any(
                kinds[q] is not None for q in nonblank if news_end < q < r):
            kinds[r] = "footer"  # (below the article, past some of the page's furniture)
        # a tagline in the masthead: "Your valley. Your news. Since 1921."
        # (however much it reads like a sentence, the article's first one)
        elif r <= first_prose and len(words[r]) <= 10 and _FOUNDED.search(lines[r]) and \
                (prv is None or kinds[prv] is not None):
            kinds[r] = "masthead"
        # a cookie banner's other button ("OK" / "More info")
        elif prv is not None and kinds[prv] == "cookies" and _MORE_INFO.match(lines[r]):
            kinds[r] = "cookies"
        # an advertiser's line under "Advertisement": "Hradil Plumbing & Heating – boilers,
        # bathrooms, emergency call-outs 24/7. Tel. 604 118 220"
        elif prv is not None and kinds[prv] == "advertisement" and len(words[r]) <= 30 and \
                _AD_CONTACT.search(lines[r]):
            kinds[r] = "advertisement"
        above = above and kinds[r] is not None

    # The sender's name over its address in the foot, read from the bottom up ("National Bank
    # of Lutavia" / "Communications Department" / "Trg Republike 4, 10100 Rasgrad")
    for pos in range(len(nonblank) - 2, -1, -1):
        r, nxt = nonblank[pos], nonblank[pos + 1]
        if kinds[r] is None and r > news_end and kinds[nxt] == "contact" and \
                2 <= len(words[r]) <= 8 and lines[r][0].isupper() and \
                not _TERMINAL.search(lines[r]) and not re.search(r"\d", lines[r]):
            kinds[r] = "contact"

    # A lone menu-like line wedged between two removed lines belongs to the same block.
    for pos, r in enumerate(nonblank):
        if menu[r] and kinds[r] is None and 0 < pos < len(nonblank) - 1:
            before, after = kinds[nonblank[pos - 1]], kinds[nonblank[pos + 1]]
            # (not between an advertisement and a picture credit: that is inside the article)
            if before is not None and after is not None and len(words[r]) <= 2 and \
                    not ("advertisement" in (before, after) and {before, after} & _CAPTIONS):
                kinds[r] = "navigation"

    # Below the article, the foot's links in sentence case ("Complaints & corrections", "Terms &
    # conditions") between links already removed ("Contact us" ... "Privacy policy").
    last = last_prose(len(lines))
    for pos, r in enumerate(nonblank):
        if r <= last or kinds[r] is not None or kinds[nonblank[pos - 1]] is None:
            continue
        block = list(itertools.takewhile(lambda q: kinds[q] is None, nonblank[pos:]))
        after = nonblank[pos + len(block)] if pos + len(block) < len(nonblank) else None
        # (between a foot's own links: "Contact us" ... "Privacy policy"; not the subheadings
        # "Seats held", "Schools closed" under a table or a caption)
        if after is not None and len(block) <= 3 and \
                {kinds[nonblank[pos - 1]], kinds[after]} <= _FOOT_LINKS and all(
                1 <= len(words[q]) <= 3 and len(lines[q]) <= 30 and lines[q][0].isupper()
                and not _TERMINAL.search(lines[q]) and not re.search(r"\d", lines[q])
                for q in block):
            for q in block:
                kinds[q] = "footer"

    # The site's own name alone on a line ("Trend" between two paragraphs) when the page's
    # notices name it ("TREND News Agency © 2024", "Follow ... on Trend's Telegram channel").
    site_words = {_fold_word(w).removesuffix("s") for r in nonblank
                  if kinds[r] in _NOTICES | {"logo"} for w in words[r] if w[0].isupper()}
    for r in nonblank:
        if menu[r] and kinds[r] is None and len(words[r]) <= 2 and all(
                _fold_word(w).removesuffix("s") in site_words for w in words[r]):
            kinds[r] = "masthead"
    # ... or spelled out beside the initials that the page's notices or menu use: "Kestrian
    # Radio and Television" under "KRT", "KRT – Kestrian Radio and Television, public service
    # media" in the foot
    # (three letters or more, above the article or below it: "UK", "EU", "AI" of a menu spell
    # subheadings of the article, "National Health Service" under an "NHS" menu is news)
    initials = {w for r in nonblank if kinds[r] in _NOTICES | {"logo", "navigation"}
                for w in words[r] if 3 <= len(w) <= 6 and w.isalpha() and w.isupper()}
    last = last_prose(-1) if initials else -1
    for r in nonblank:
        if initials and kinds[r] is None and not first_prose <= r <= last and \
                len(words[r]) <= 12 and not _TERMINAL.search(lines[r]) and \
                _spells(lines[r], initials):
            kinds[r] = "masthead"

    # Above the site's menu and under its emblem, the rest of its head ("GOVERNMENT OF THE
    # REPUBLIC OF ARDESIA" / "Office of the Prime Minister" / "Home" ...; "Listen live" / "Radio
    # Lunesk 98.4" / "Your city. Your station." / "News" ...), when the site's emblem or name
    # stands above it and a headline between the menu and the article.
    head = [pos for pos, r in enumerate(nonblank) if r < first_prose]
    for pos in head:
        run = list(itertools.takewhile(lambda q: kinds[q] in {"navigation", "label"},
                                       nonblank[pos:]))
        entries = sum(len([x for x in _SEPARATORS.split(lines[q]) if x]) for q in run)
        if not run or entries < 3 or "navigation" not in {kinds[q] for q in run}:
            continue
        end = nonblank[pos + len(run)] if pos + len(run) < len(nonblank) else len(lines)
        if not any(kinds[q] is None for q in nonblank if end <= q <= first_prose):
            break
        block, prose = [], False
        for q in reversed(nonblank[:pos]):
            if kinds[q] is not None:
                continue
            if len(words[q]) > 8 or _looks_like_sentence(words[q], lines[q]) and \
                    len(words[q]) > 5:
                prose = True  # (an article line above the menu: no head to take)
                break
            block.append(q)
        if prose:
            break
        # (under the site's emblem, name or language menu: a headline over a menu, under a skip
        # link, is the article's)
        above = next((q for q in reversed(nonblank) if block and q < block[-1]
                      and kinds[q] is not None), None)
        if block and above is not None and kinds[above] in {"logo", "masthead", "language menu"}:
            for q in block:
                kinds[q] = "masthead"
            break

    # Between the lines of the site's head, above the headline: its name, motto or a menu
    # entry the patterns do not know ("Ministry of Transport and Infrastructure" between a
    # cookie banner and "Official website of the Government", "Regions & branches" in a menu).
    # Only above a headline that stands clear of the head, and above the byline and date: a
    # headline between a menu and its byline is the article's.
    head = [r for r in nonblank if r < first_prose]

    def between(pos: int) -> bool:
        above = head[pos - 1] if pos > 0 else None
        below = head[pos + 1] if pos + 1 < len(head) else first_prose
        return (above is None or kinds[above] is not None) and below < len(lines) and \
            kinds[below] is not None

    marker = next((k for k, r in enumerate(head) if kinds[r] in {"byline", "metadata",
                                                                   "dateline"}), len(head))
    clear = [k for k in range(marker) if kinds[head[k]] is None and not between(k)
             and len(words[head[k]]) >= 4]
    # (or the headline right above the byline: "News | 14/10/2025" / headline / "Posted by")
    last = max((k for k in range(len(head)) if kinds[head[k]] is None), default=None)
    if last is not None and last < marker and len(words[head[last]]) >= 4:
        clear.append(last)
    # (or the headline right under the date, as a release puts it: "PRESS RELEASE" /
    # "11.06.2025" / headline, with "Government of the Republic of Varnesia" between the menus
    # above; not a caption under a row of tags)
    under = next((k for k in range(marker + 1, len(head)) if kinds[head[k]] is None), None)
    if not clear and under is not None and len(words[head[under]]) >= 4 and \
            kinds[head[under - 1]] in {"byline", "metadata", "dateline", "label"}:
        clear.append(under)
    menu_kinds = {"navigation", "footer", "label", "subscription"}
    headline = max(clear, default=0)
    # where the site's menus stand above the headline (a row of share buttons is none)
    menus = [k for k in range(headline) if kinds[head[k]] in {"navigation", "language menu"}
             and not _buttons_only(lines[head[k]])]
    for k in range(headline):
        r = head[k]
        if kinds[r] is not None or not between(k) or \
                (_TERMINAL.search(lines[r]) and len(words[r]) > 5):
            continue
        # a name above a menu, not a headline ("Ministry of Transport and Infrastructure"), or
        # an entry in the middle of a menu ("Your rights at work")
        a_name = len(words[r]) <= 7 and all(
            w[0].isupper() or w.lower() in _NAME_GLUE for w in words[r]) and \
            any(m > k for m in menus)
        in_menu = len(words[r]) <= 4 and k > 0 and kinds[head[k - 1]] in menu_kinds and \
            kinds[head[k + 1]] in menu_kinds
        if a_name or in_menu:
            kinds[r] = "masthead"

    # A government page's sender: "From:" over "Ministry of Transport and Infrastructure and
    # Irena Novák MP" (not a sentence), or on one line above the page's dates, "From:
    # Department of Health"
    sender = r"\b(ministry|department|office|agency|government|council|commission|authority|MP)\b"
    for pos, r in enumerate(nonblank[:-1]):
        below = nonblank[pos + 1]
        if re.fullmatch(r"from\s*:", lines[r], re.IGNORECASE) and kinds[below] is None and \
                len(words[below]) <= 15 and not _TERMINAL.search(lines[below]) and re.search(
                    sender, lines[below], re.IGNORECASE):
            kinds[r] = kinds[below] = "byline"
        elif kinds[r] is None and r < first_prose and len(words[r]) <= 16 and re.match(
                r"from\s*:\s*\S", lines[r], re.IGNORECASE) and not _TERMINAL.search(lines[r]) \
                and re.search(sender, lines[r], re.IGNORECASE) and kinds[below] == "metadata":
            kinds[r] = "byline"

    # A release's sign-off over its contact line, below the article: "Press Office" /
    # "Ministry of Education and Research" / "1 Piața Marii Adunări, Brenica" / "Tel.: 022 23
    # 31 10 | presa@mer.gov.vn" (names and an address, no sentence, two lines or more)
    def signs_off(q: int) -> bool:
        # (its sender's name may already have gone as a copy of the page's head)
        return kinds[q] in (None, "duplicate") and 0 < len(words[q]) <= 8 and \
            not _TERMINAL.search(lines[q]) and all(
                w[0].isupper() or w.isdigit() or w.lower() in _NAME_GLUE
                for w in lines[q].replace(",", " ").split())

    for pos, r in enumerate(nonblank):
        if kinds[r] != "contact" or r < first_prose:
            continue
        run = list(itertools.takewhile(signs_off, reversed(nonblank[max(0, pos - 4):pos])))
        above = nonblank[pos - len(run) - 1] if pos - len(run) - 1 >= 0 else None
        if len(run) >= 2 and above is not None and kinds[above] is None and \
                _is_prose(words[above], lines[above]):
            for q in run:
                if kinds[q] is None:
                    kinds[q] = "contact"

    # A tabloid's splash over its headline, in capitals like a menu's entries: "BRIDGE OF
    # DEATH", "MILENA’S SHAME", "HOSPITAL HACK CHAOS" over "At least 11 feared dead as packed
    # rush-hour bridge ...". (a menu's entries name sections; a splash says "of" or whose, or
    # names no section nor kind of page: "VALLEY NEWS", "PRESS STATEMENT", "SUBSCRIBERS ONLY")
    # (nor an entry of the site's menu: "ARDAN WAR" under "News | Politics | Ardan War | ...")
    entries = {_line_key(_words(item)) for r in nonblank if kinds[r] == "navigation"
               for item in _menu_entries(raw_lines[r])}
    for pos, r in enumerate(nonblank[:-1]):
        below = nonblank[pos + 1]
        above = nonblank[pos - 1] if pos else None
        # (directly under the breadcrumb, a splash with neither: "News › UK News › Health" /
        # "HOSPITAL HACK CHAOS"; not a site's name or a section heading a page, "EVENING
        # STANDARD", nor one under an advertisement)
        crumb = above is not None and kinds[above] == "navigation" and \
            bool(re.search(r"\s[›»>/]\s", lines[above]))
        entry = _line_key(words[r]) in entries or (
            above is not None and kinds[above] == "navigation" and not crumb)
        if r < first_prose and kinds[r] in {"navigation", "masthead"} and not entry and \
                lines[r].isupper() and 2 <= len(words[r]) <= 5 and \
                (re.search(r"\bOF\b|[’']S\b", lines[r]) or (
                    crumb and not re.search(r"\d", lines[r]) and
                    not any(w.lower() in _LABEL_WORDS for w in words[r]))) and \
                not _SEPARATORS.search(lines[r]) and \
                kinds[below] is None and len(words[below]) >= 5 and \
                not _TERMINAL.search(lines[below]):
            kinds[r] = None

    # "The candidates, in ballot order, are:" / "Marcus Hale, Democrat" / ...: a list the
    # article leads into is the article's, whatever its items look like
    for pos, r in enumerate(nonblank):
        if kinds[r] is None and lines[r].endswith(":") and len(words[r]) >= 4:
            for q in nonblank[pos + 1:]:
                # (polling stations and their addresses too, not a phone number or an e-mail)
                address = kinds[q] == "contact" and not re.search(r"@|\btel\b|\+\d|\d{3} \d{3}",
                                                                   lines[q], re.IGNORECASE)
                if (kinds[q] not in {None, "dateline", "navigation", "masthead", "byline"}
                        and not address) or len(words[q]) > 6 or _is_prose(words[q], lines[q]):
                    break
                kinds[q] = None

    kept: list[str] = []
    removed: list[Removed] = []
    starts: list[tuple[int, int]] = []
    offset = 0
    pending: list[tuple[int, str, str]] = []
    last = -2  # raw line number of the last kept line
    for n, (line, kind) in enumerate(zip(lines, kinds)):
        if not line:
            continue
        if kind is not None and n not in keep:
            pending.append((n, line, kind))
            continue
        for ln, text, detail in pending:
            removed.append(Removed(text, "boilerplate", detail, offset, origin[ln]))
        pending.clear()
        if last == n - 1 and _continues(kept[-1], line, inside=len(kept) > 1):
            kept[-1] += " " + line
        else:
            kept.append(line)
            starts.append((origin[n], offset))
        last = n
        offset += len(line) + 1
    end = max(offset - 1, 0)
    for ln, text, detail in pending:
        removed.append(Removed(text, "boilerplate", detail, end, origin[ln]))
    return Cleaned("\n".join(kept), tuple(removed), tuple(starts))
