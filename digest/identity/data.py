"""The identity rules' data: tables an editor or a developer can extend without touching code.

Word classes come from :mod:`digest.extract.cues` (one list of role words for the whole project);
the tables here are the ones only identity matching needs.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Groups of given names that are one name (a diminutive and its full form). Matched folded.
# A name may sit in two groups ("Al": Albert, Alan…); two names match when some group has both.
DIMINUTIVE_GROUPS: tuple[frozenset[str], ...] = tuple(
    words(line)
    for line in """
    joe joseph joey
    bill william will billy willy liam
    bob robert rob bobby robbie bert
    jim james jimmy jamie
    mike michael mick mickey
    tom thomas tommy
    dick richard rick ricky rich
    ted edward ed eddie ned
    ed edwin
    ed edmund
    chuck charles charlie chaz
    tony anthony antony
    dan daniel danny
    dave david davy
    steve stephen steven stevie
    chris christopher kit
    chris christine christina
    nick nicholas nicolas nicky
    pat patrick paddy
    pat patricia patty trish
    alex alexander alexandre alejandro sandy
    alex alexandra alexandria
    andy andrew drew
    ben benjamin benny
    sam samuel sammy
    sam samantha
    matt matthew
    pete peter
    greg gregory
    jeff jeffrey geoffrey geoff
    jon jonathan
    jon john johnny jack
    ken kenneth kenny
    larry lawrence laurence
    ron ronald ronnie
    don donald donnie
    frank francis franklin
    fred frederick freddie
    hank henry harry hal
    jerry gerald jerome gerry
    josh joshua
    nate nathan nathaniel
    phil philip phillip
    ray raymond
    rudy rudolph rudolf
    tim timothy timmy
    vince vincent
    walt walter
    al albert alan allan alfred alfonso
    abe abraham
    barney bernard bernie
    newt newton
    mitch mitchell
    beto robert
    liz elizabeth beth betsy betty eliza lizzie libby
    kate katherine catherine kathy cathy katie kathleen
    meg margaret maggie peggy madge
    sue susan suzanne susie
    jenny jennifer jen
    becky rebecca
    debbie deborah debra deb
    vicky victoria
    ann anne anna annie
    kim kimberly
    cindy cynthia
    sandy sandra
    mandy amanda
    jackie jacqueline
    val valerie
    """.strip().splitlines()
)

# Well-known short forms of organisations: short form (folded) -> full name. Both directions
# match ("GOP" finds the Republican Party's record, "Republican Party" finds a "GOP" record).
ORG_SHORT_FORMS: dict[str, str] = {
    "gop": "Republican Party",
    "republicans": "Republican Party",
    "democrats": "Democratic Party",
    "dems": "Democratic Party",
    "tories": "Conservative Party",
    "tory party": "Conservative Party",
    "conservatives": "Conservative Party",
    "lib dems": "Liberal Democrats",
    "libdems": "Liberal Democrats",
    "greens": "Green Party",
    "snp": "Scottish National Party",
    "dup": "Democratic Unionist Party",
    "ukip": "UK Independence Party",
    "anc": "African National Congress",
    "bjp": "Bharatiya Janata Party",
    "cdu": "Christian Democratic Union",
    "spd": "Social Democratic Party of Germany",
    "un": "United Nations",
    "eu": "European Union",
    "nato": "North Atlantic Treaty Organization",
    "who": "World Health Organization",
    "imf": "International Monetary Fund",
    "wto": "World Trade Organization",
    "opec": "Organization of the Petroleum Exporting Countries",
    "nhs": "National Health Service",
    "fbi": "Federal Bureau of Investigation",
    "cia": "Central Intelligence Agency",
    "bbc": "British Broadcasting Corporation",
    "ap": "Associated Press",
    "afp": "Agence France-Presse",
    "aclu": "American Civil Liberties Union",
    "ifs": "Institute for Fiscal Studies",
    "tuc": "Trades Union Congress",
    "cbi": "Confederation of British Industry",
    "us house": "United States House of Representatives",
    "us senate": "United States Senate",
    "us supreme court": "Supreme Court of the United States",
    "united states supreme court": "Supreme Court of the United States",
}

# Words an organisation's name may end with in running text that are not part of it
# ("the Labour Party on Thursday", "the ministry last week").
TIME_TAIL_WORDS = words(
    "on in at last this next early late earlier later yesterday today tonight tomorrow morning"
    " afternoon evening night week month year weekend monday tuesday wednesday thursday friday"
    " saturday sunday january february march april may june july august september october"
    " november december"
)

# Generational suffixes: "Donald Trump Jr." is not "Donald Trump".
GENERATIONAL = words("jr junior sr senior ii iii iv v")

# Words that may precede a name as its title or honorific (folded, one word each; multi-word
# titles such as "Prime Minister" are runs of these). Stripped before names are compared.
HONORIFICS = words(
    "mr mrs ms miss mx dr sir dame lord lady rev reverend prof professor hon honourable"
    " sen senator rep representative gov governor pres president vice prime minister pm"
    " secretary secretary-general general gen chancellor premier mayor speaker judge justice"
    " chief chairman chairwoman chair leader deputy acting former late commissioner ambassador"
    " congressman congresswoman assemblyman assemblywoman councillor mp mep msp state foreign"
    " home defence defense first attorney president-elect sheikh"
)
# Royal and religious titles are part of a one-word name ("Queen Elizabeth II", "Pope Francis").
REGNAL = words("king queen prince princess pope emperor empress sultan emir")

# Sentence words that a capitalised-word reader may glue before a name ("Now Trump", "Close
# Sturgeon ally"): never the start of a person's name.
LEADING_NOISE = words(
    "now close then meanwhile however also but and yet still today yesterday later after before"
    " when while although though despite since as if so thus instead indeed nevertheless"
    " moreover furthermore besides hence here there where speaking asked reportedly"
    " dear thanks thank congratulations welcome ex"
)

# Surnames so common that one alone never names a person of the digest without a title that
# agrees with their role ("Smith said" is not John Smith just because he is the only Smith yet).
COMMON_SURNAMES = words(
    "smith jones williams brown taylor davies davis wilson evans thomas johnson roberts walker"
    " wright robinson thompson white hughes edwards green hall wood harris lewis martin jackson"
    " clarke clark turner hill scott cooper morris ward moore king watson baker harrison morgan"
    " patel young allen mitchell james anderson phillips lee bell parker miller garcia rodriguez"
    " martinez hernandez lopez gonzalez perez sanchez wang li zhang liu chen yang huang zhao wu"
    " zhou xu sun ma zhu hu guo he lin wong chan cheung lam ng ho leung kim park choi jung kang"
    " cho yoon nguyen tran le pham singh kumar sharma khan ali ahmed hussain mohamed mohammed"
    " rahman das gupta shah silva santos ferreira murphy kelly o'brien ryan walsh byrne"
    " mueller schmidt schneider fischer weber meyer wagner becker"
)
