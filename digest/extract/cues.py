"""Reporting cues and name vocabularies, kept as data (textacy keeps its reporting verbs apart too).

Everything here is plain sets and regular-expression fragments; the stages compile what they need
once, at import. Lists are deliberately general (US and UK politics, any publisher): nothing here
names a person or an article.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words."""
    return frozenset(text.split())


# --- reporting verbs -----------------------------------------------------------------------------

# Finite forms that report speech or writing ("X said", "said X", "X says that ...").
SAY_VERBS = words("""
    opined opines averred avers posited posits ventured intoned bellowed disclosed discloses
    said says say stated states told tells argued argues warned warns suggested suggests
    claimed claims insisted insists added adds noted notes explained explains announced announces
    acknowledged acknowledges admitted admits conceded concedes declared declares maintained
    maintains asserted asserts contended contends reiterated reiterates reaffirmed reaffirms
    reasserted emphasised emphasized emphasises emphasizes stressed stresses complained complains
    denied denies confirmed confirms revealed reveals wrote writes tweeted tweets commented comments
    remarked remarks replied replies responded responds countered predicted predicts promised
    vowed vows alleged alleges informed assured cautioned observed recalled continued elaborated
    pledged proclaimed quipped joked asked asks answered testified posted underlined underlines
    agreed agrees believes urged urges reported reports mused recounted acknowledged
    concluded concludes ruled implied implies argue warn retorted retorts interjected
    gushed gushes shouted shouts exclaimed exclaims emailed emails texted messaged retweeted
    implored implores boasted boasts lamented laments fumed fumes sighed sighs recalls advised
    advises snapped scoffed scoffs thundered raged rages cautions observes recounts testifies
    explains acknowledges pleaded pleads bemoaned bemoans conceded cried yelled screamed
    whispered muttered grumbled griped protested protests objected objects wondered wonders
    fears feared hopes hoped estimates estimated
    beamed sniffed huffed groaned chuckled barked hissed roared seethed
    cracked crowed gloated bragged ranted railed teased taunted laughed vented blurted fretted
    marvelled marveled reminded reminds
    """)

# Belief verbs that report a clause without "that" ("Democrats fear the nominee will lose",
# "Republicans worry he will cost them the Senate"); reported speech only, never a quote's cue.
BELIEF_VERBS = words("fear worry worries worried believe believed think thinks thought")

# Abbreviations written with a full stop inside a name or title: "Sen. Ruth A. Calder", "Mr.
# Hale", "the F.B.I. Agents Association", "Acme Ltd." (a single capital: an initial).
NAME_ABBREVIATIONS = words("""
    Mr Mrs Ms Mx Dr Sen Rep Reps Gov Lt Gen Col Sgt Capt Cmdr Adm Maj Supt Insp Det Amb Prof Rev
    Hon St Jr Sr Inc Ltd Co Corp Bros Messrs Pres Atty Sec Ald Cllr Smt Shri Sri Kum
    """)

# Multi-word finite cues, as regular-expression fragments.
SAY_PHRASES = (
    r"points? out",
    r"pointed out",
    r"(?:shot|hit|fired) back",  # parliamentary exchanges: "X shot back: “…”"
    # debates: "“Four million, and how many?” X cut in." (not "a cut in direct payments")
    r"(?<!\ba )(?<!\bany )(?<!\bthe )(?:cut|broke|butted|chimed) in(?=\s*[.,:;—–“\"‘]|\s*$)",
    r"went on to (?:say|add|note|argue|warn|explain)",
    r"(?:intervened|stepped in|rose|interjected) to (?:say|add|note|argue|warn|explain|insist)",
    r"goes on to (?:say|add|note|argue|warn|explain)",
    r"made (?:it )?clear",
    r"spelled out",
    r"pointing out",
    r"to the effect(?: that)?",
    r"(?:maintains|maintained|holds|held|takes|took) (?:a|the) (?:position|view) that",
)

# Participles that hang a quote or clause on the sentence's subject ("..., saying \"...\"").
PARTICIPLES = words("""
    saying adding noting stating arguing insisting claiming explaining telling warning writing
    tweeting declaring remarking commenting asserting contending suggesting stressing emphasising
    emphasizing underlining acknowledging admitting conceding recalling replying responding
    implying praising slamming dismissing boasting lamenting pleading protesting
    """)

# Verbs that label something with a quoted phrase: text = the quotation alone.
LABEL_VERBS = words("""
    called calls calling dubbed dubs branded brands labelled labeled describing described describes
    termed terming
    denounced denounces hailed hails characterized characterizes characterised characterises
    """) | {  # "the plan, which Reed has referred to as “…”": Reed labels it
    "referred to as", "refers to as", "referring to as", "referred to it as", "refers to it as",
}

# Verbs of attack and praise whose object holds a short quoted fragment of the subject's words:
# "Smith hammered the “dishonest” media", "she mocked his “secret plan”". The fragment alone is
# the quote, as with a label; only a fragment of a few words, so a writer's scare quotes in a
# long object are not taken for speech.
FRAGMENT_VERBS = words("""
    hammered hammers slammed slams blasted blasts mocked mocks ridiculed ridicules attacked
    attacks lambasted lambastes derided derides decried decries assailed assails scorned scorns
    trashed trashes
    """)

# Speech acts whose object holds a quotation: the quote is the whole object, from after the
# verb ("accused Brussels of “dictating from an office” what households pay", "praised the bill
# as “a turning point”", "urged colleagues to find the money by cutting “waste”").
OBJECT_QUOTE_VERBS = words("""
    accused accuses accusing blamed blames blaming urged urges urging praised praises praising
    dismissed dismisses dismissing criticised criticises criticized criticizes condemned
    condemns welcomed welcomes touted touts lauded lauds implored
    """)
FRAGMENT_MAX_WORDS = 5

# Cues of the inverted order ("..., said X" / "..., wrote X on Twitter").
INVERTED_VERBS = words("""
    said says added adds wrote writes tweeted continued asked explained remarked commented
    declared insisted argued warned noted replied told retorted interjected
    gushed shouted exclaimed emailed texted retweeted implored boasted lamented fumed charged
    sighed recalls recalled suggests suggested advises advised snapped scoffed thundered
    cried yelled screamed whispered muttered grumbled protested objected pleaded conceded
    admitted acknowledged stressed countered responded observed cautioned predicted promised
    vowed quipped joked mused
    beamed sniffed huffed groaned chuckled barked hissed roared seethed raged
    cracked crowed gloated bragged ranted railed teased taunted laughed vented blurted fretted
    marvelled marveled
    """)

# Verbs whose direct object is a listener, not the message: "told reporters", "informed the press".
LISTENER_VERBS = words("""
    told tells telling informed informs assured assures warned reminded reminds
    """)

# Verbs that take an object which states a claim ("questioned X", "citing X"): reported speech
# whose text is the object.
CLAIM_OBJECT_VERBS = words("citing cited")

# Words that open an adverbial clause before a cue ("Asked whether there was a rift, she said
# …", "When pressed, he said …"): the clause sets the scene; it is never what was said.
ADVERBIAL_OPENERS = words("""
    asked pressed questioned challenged interviewed speaking responding replying addressing
    writing when whenever if unless while before after once until since because although though
    """)

# Speech acts whose noun-phrase object carries the claim or demand ("questioned the President's
# power", "called for younger leadership", "blaming Iran for the attack", "claimed responsibility
# for the attacks"): reported speech whose text is the object. Regular-expression fragments.
OBJECT_CUES = (
    r"call(?:s|ed|ing) for",
    r"question(?:s|ed|ing)",
    r"claim(?:s|ed|ing)(?=\s+(?:responsibility|credit|to|victory)\b)",  # "claimed victory in …"
    r"alleg(?:es|ed|ing)",
    r"blam(?:es|ed|ing|e)(?=\s+(?:\S+\s+){1,6}?(?:for|on)\s)",  # "blamed Iran for the attack"
    r"accus(?:es|ed|ing|e)(?=\s+(?:\S+\s+){1,6}?of\s)",  # not "extradite accused criminals"
    r"warn(?:s|ed|ing) (?:of|against)",
    r"pledg(?:es|ed|ing)",
    r"vow(?:s|ed|ing)",
    r"promis(?:es|ed|ing)",
    r"recommend(?:s|ed|ing)",
    r"emphasi[sz](?:es|ed|ing)",
    r"underlin(?:es|ed|ing)",
    r"stress(?:es|ed|ing)",
    r"reaffirm(?:s|ed|ing)",
    r"reiterat(?:es|ed|ing)",
    r"voic(?:es|ed|ing) (?:support for|opposition to|concerns? (?:about|over|at))",
    r"prais(?:es|ed|ing)",  # "praised the volunteers for their work"
    r"propos(?:es|ed|ing)",  # "proposed a new tax on second homes"
    r"criticis(?:es|ed|ing)",
    r"criticiz(?:es|ed|ing)",
    r"condemn(?:s|ed|ing)",
    r"report(?:s|ed)?",  # bare "report" only after a plural subject (see reported.py)
    r"cit(?:es|ed|ing)",
    r"demand(?:s|ed|ing)?",  # "demanded a judicial inquiry", "demanded that her opponent …"
    r"rul(?:es|ed|ing) out",  # "has ruled out any change to the debt brake"
    r"estimat(?:es|ed|e)(?=\s+(?:\S+\s+){1,10}?at\s)",  # "estimates the backlog at …"
    # a denial of a claim ("denied any wrongdoing", "denies the allegations"), not of a
    # request ("denied bail", "denied the permit": an act)
    r"den(?:ies|ied|y|ying)(?=\s+(?:(?:any|all|the|these|those|such|his|her|their|its|reports"
    r"|of|[\w-]+[’']s)\s+){0,3}(?:allegations?|claims?|charges?|accusations?|reports?"
    r"|wrongdoing|involvement|responsibility|knowledge|rumou?rs|suggestions?|having|being)\b)",
    r"(?:spoke|speaks|speak|spoken|speaking) of",  # "the statement spoke of an imminent incursion"
)

# A panel's collective answer: "Speakers A, B and C gave a variety of reasons, from X, Y and Z".
JOINT_NOUNS = (
    "reasons", "explanations", "arguments", "causes", "views", "answers", "factors", "suggestions"
)
JOINT_CUE = (
    r"(?:gave|give|offered|offer|cited|cite|listed|list|put forward|suggested|suggest)\s+"
    r"(?:a\s+(?:variety|range|number|host|list)\s+of\s+|several\s+|various\s+|many\s+|"
    r"their\s+(?:own\s+)?|different\s+)?"
    rf"(?:{'|'.join(JOINT_NOUNS)})"
)
JOINT_LEAD = r"(?:ranging\s+)?(?:from|including|such as|among them)"

# Requests: the object is who is asked, then what they are asked to do ("urged the embassy to
# reconsider", "called on Italy to join"). Only with that "to": "asked a question" is no request.
REQUEST_CUES = (
    r"call(?:s|ed|ing) on",
    r"urg(?:es|ed|ing|e)",
    r"ask(?:s|ed|ing)",
    r"advis(?:es|ed|ing)",
    r"press(?:es|ed|ing)",
    r"encourag(?:es|ed|ing)",
    r"expect(?:s|ed)",  # "expects the bill to pass": a forecast of the subject's
    r"implor(?:es|ed|ing|e)",
    r"invit(?:es|ed|ing|e)",  # "invited the parties to open talks"
    r"challeng(?:es|ed|ing|e)",  # "challenged her rival to debate"
    r"appeal(?:s|ed|ing)? to",  # "appealed to voters to stay calm"
    r"instruct(?:s|ed|ing)?",
    r"beg(?:s|ged|ging)?",
    r"exhort(?:s|ed|ing)?",
)

# Object cues that are acts when their object is a person: "police questioned a suspect".
ACTS_ON_PEOPLE = words("questioned questions questioning")

# Words before a cue that make it a passive or an adjective, not a speech act by the subject:
# "was questioned by", "the alleged attack", "were urged to".
NOT_ACTIVE_BEFORE = words("""
    was were is are be been being the a an his her its their this that these those our my
    """)

# Irregular past forms: a clause without "that" showing one of these early is a clause
# ("said the family left the country"), as a "-ed" form or an auxiliary would show.
IRREGULAR_PAST = words("""
    left won lost made took went came gave told got met knew thought found sent spent paid kept
    held brought began ran saw became fell felt led built stood sold cut put set hit let rose
    chose broke spoke wrote drove threw grew shot fought sought caught taught bought meant
    """)

# Participles after a comma that start the writer's own comment, ending a reported clause
# ("…, meaning the UK would leave without a deal").
CLAUSE_END_PARTICIPLES = words(
    "meaning prompting sparking leading making giving committing despite"
)

# Words allowed between a subject and its cue verb: auxiliaries and adverbs (any "-ly" word too).
ADVERBS = words("""
    also later then further has have had again previously earlier recently once both tentatively
    immediately simply only even subsequently separately privately initially originally already
    still yesterday today has had would will did does do just since now first last himself
    herself themselves reportedly
    """)

# Time and channel adjuncts allowed between a cue and its quote ("said on Friday, \"...\"").
ADJUNCT_PREPOSITIONS = (
    "on in at via to during through from after before with over by for under outside inside"
)
# Nouns after "last", "this", "earlier this": "said last week", "told MPs earlier this month".
TIME_NOUNS = words("""
    week month year weekend morning afternoon evening night summer autumn winter spring monday
    tuesday wednesday thursday friday saturday sunday
    """)
# Listeners after "told": "told reporters", "told a news conference", "told state media".
LISTENER_NOUNS = words("""
    reporters journalists media press conference briefing audience crowd supporters delegates
    lawmakers legislators mps parliament assembly committee hearing rally meeting interviewer
    newspaper paper broadcaster station outlet programme program show podcast radio television
    agency students voters residents members colleagues party public nation country people
    followers viewers listeners readers fans staff workers officials police investigators court
    jury judge judges congress senate house chamber lords commons council inquiry
    """)
TIME_WORDS = words("""
    yesterday today tonight later earlier also again then publicly simply once afterwards
    recently previously repeatedly separately privately shortly now further
    """)

# Auxiliaries and modals: a clause after "said" without "that" must show a finite verb early on.
FINITE_MARKERS = words("""
    is was were are am be been will would could can should must may might had has have did does
    do shall isn't wasn't weren't aren't won't wouldn't couldn't can't shouldn't didn't doesn't
    don't hasn't haven't hadn't needs need wants want intends plans
    """)

# Sentence adverbials that start a clause, not a subject.
PREPOSITIONS = words("""
    of to with by for from at in on about near like under over against during after before since
    into onto upon via through between among amongst across behind beyond within without toward
    towards despite following per than as including
    """)

RELATIVE_WORDS = words("who which whose whom that")

PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "we": "p",
    "i": "s",  # a first-person cue inside text is the writer; never resolved
}

# Indefinite or collective subjects: the speaker is unnamed ("a government official said").
UNNAMED_HEADS = words("""
    a an one some many several most few critics opponents supporters protesters protestors
    officials sources experts analysts observers residents voters lawmakers legislators members
    others aides advisers advisors witnesses eyewitness eyewitnesses reports diplomats economists
    campaigners activists people scientists commentators insiders spokesman spokeswoman
    spokesperson
    """)

# Words that make a group out of a body's members: "Other Republicans urged …" is some of them,
# an unnamed speaker, not the party speaking.
# People related to a body or a person, never the body itself: "members of the House of
# Commons", "politicians of the BJP", "supporters of Mr X" are unnamed people.
MEMBER_NOUNS = words("""
    members supporters politicians leaders officials lawmakers legislators activists voters mps
    meps senators representatives delegates staff employees workers spokespeople critics
    opponents allies backers followers fans aides advisers advisors sources members' residents
    """)

QUANTIFIERS = words("""
    other some many several most few fellow numerous various two three four five dozens hundreds
    thousands
    """)

# --- people: titles, roles, name parts -----------------------------------------------------------

# Words that make a role (capitalised or not) when they come before or after a name.
ROLE_HEADS = words("""
    president vice prime minister secretary senator sen rep representative congressman
    taoiseach tánaiste tanaiste gov governor-general premier mk
    congresswoman congressmember mp mep msp ms mla td chancellor speaker leader mayor governor
    premier king queen prince princess duke duchess lord lady sir dame baroness baron earl pope
    archbishop bishop cardinal rabbi imam reverend rev monsenor monsignor judge justice attorney
    general commissioner director chair chairman chairwoman chairperson chief executive ceo
    spokesman spokeswoman spokesperson ambassador envoy adviser advisor aide official minister
    deputy assistant undersecretary under-secretary co-director co-founder founder president-elect
    assemblyman assemblywoman assemblymember councillor councilor alderman sheriff commander
    councilman councilwoman councilmember
    colonel captain lieutenant sergeant officer inspector constable chief-of-staff whip
    lawmaker legislator politician candidate nominee economist professor prof dr doctor scholar
    expert analyst campaigner activist protester protestor editor columnist correspondent
    reporter journalist writer author lawyer prosecutor barrister solicitor businessman
    businesswoman loyalist executive manager head co-chair co-leader mr mrs miss mx
    convener convenor co-author organiser organizer coordinator co-ordinator researcher
    treasurer trustee clerk moderator rapporteur negotiator
    """)

# Words that may sit inside a role phrase without being its head ("Senate Minority Leader").
ROLE_MODIFIERS = words("""
    former acting interim incoming outgoing newly elected shadow foreign home defence defense
    state federal senior junior first second deputy vice special general principal permanent
    majority minority house senate labour conservative tory liberal democratic democrat
    republican republicans democrats independent green civilian national regional local chief
    lead assistant early tories socialist nationalist unionist centrist progressive
    then current late trade industry health education justice finance interior energy transport
    environment culture treasury policy communications security intelligence opposition party
    union student protester former
    """)

# Ministerial portfolios and other capitalised words of a role or a body's name, never a person's
# name: "Minister for Rural Affairs", "Department for Business and Trade". Like ROLE_MODIFIERS,
# they end a name read from the right; a name's leading word that is one of these is dropped.
PORTFOLIO_WORDS = words("""
    affairs development housing agriculture farmers farming commerce business trade industry
    industrial skills social care transportation transport infrastructure communities
    innovation technology science sport media digital pensions work works equality equalities
    employment labor environment climate net zero rural urban fisheries food water tourism
    heritage arts veterans homeland immigration planning levelling enterprise consumer
    revenue customs railways roads aviation shipping ports mines mining petroleum
    power telecommunications information broadcasting welfare children youth women family
    families elderly disability tribal minority minorities external internal relations
    lands natural resources management budget statistics investment
    cooperation co-operation northern parliamentary legislative constitutional
    human crime governmental
    """)

# Subjects of a portfolio that are also role modifiers ("Health Secretary"): inside a body's name
# they join with "and" like portfolio words ("Health and Human Services", "Energy and Commerce").
PORTFOLIO_SUBJECTS = words("""
    health education justice finance interior energy transport environment culture treasury
    defense defence labor labour security foreign
    """)

# Capitalised words before a name that describe the person, not part of the name
# ("Veteran MP Harish Chandra Vyas", "Embattled chairman …").
NOT_NAME_WORDS = words("""
    veteran embattled outspoken beleaguered rebel backbench backbencher maverick newly
    ex veteran firebrand centrist leftwing rightwing left-wing right-wing moderate hardline
    hard-line populist nationalist socialist progressive conservative liberal radical
    fellow prominent influential longtime long-time lifelong
    """)

# Generic head nouns of bodies: one of these alone ("State", "Trade", "Front", "Association") is
# the tail of a longer name, never a speaker unless the Lexicon knows it as an entry.
GENERIC_HEADS = words("""
    state trade front association council department party union committee office ministry
    government commission agency authority board bureau institute society league alliance
    coalition federation foundation movement organisation organization assembly court service
    services group network trust forum centre center fund bank company corporation cabinet
    administration secretariat directorate executive tribunal police
    affairs army military authorities caucus
    """)

# Possessive words that sit inside a body's name ("Women's Equality Party", "Tigray People's
# Liberation Front"); a plural possessive ("Landlords’ Association") always may.
POSSESSIVE_NAME_WORDS = words("women men people children workers citizens")

# Honorifics and abbreviated titles that always precede a person's name.
TITLES = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "duke": "m",
    "baron": "m",
    "earl": "m",
    "congressman": "m",
    "assemblyman": "m",
    "chairman": "m",
    "spokesman": "m",
    "businessman": "m",
    "mrs": "f",
    "smt": "f",  # Shrimati, Indian English
    "shrimati": "f",
    "kum": "f",  # Kumari
    "kumari": "f",
    "shri": "m",
    "sri": "m",
    "ms": "f",
    "miss": "f",
    "lady": "f",
    "dame": "f",
    "queen": "f",
    "princess": "f",
    "duchess": "f",
    "baroness": "f",
    "congresswoman": "f",
    "assemblywoman": "f",
    "chairwoman": "f",
    "spokeswoman": "f",
    "businesswoman": "f",
    "dr": "",
    "prof": "",
    "professor": "",
    "sen": "",
    "senator": "",
    "rep": "",
    "representative": "",
    "gov": "",
    "governor": "",
    "president": "",
    "mayor": "",
    "judge": "",
    "justice": "",
    "pope": "m",
    "archbishop": "",
    "bishop": "",
    "rev": "",
    "reverend": "",
    "monsenor": "m",
    "chancellor": "",
    "premier": "",
    "minister": "",
    "secretary": "",
    "commissioner": "",
    "ambassador": "",
    "mp": "",
    "general": "",
    "gen": "",
    "col": "",
    "capt": "",
    "lt": "",
    "sgt": "",
    "presidents": "",
    "leader": "",
    "speaker": "",
    "chief": "",
    "director": "",
    "chair": "",
    "whip": "",
    "councillor": "",
    "councilman": "m",
    "councilwoman": "f",
    "councilmember": "",
    "emir": "m",
    "sheikh": "m",
    "ayatollah": "m",
    "hon": "",
    "honourable": "",
    "honorable": "",
    "maj": "",
    "major": "",
    "cllr": "",
    "insp": "",
    "inspector": "",
    "det": "",
    "detective": "",
    "supt": "",
    "superintendent": "",
    "amb": "",
    "cmdr": "",
    "commander": "",
    "adm": "",
    "admiral": "",
    "nana": "",  # a Ghanaian chief's title: "Nana Kwame Ofori III"
    "mx": "",
}

# Abbreviated roles, for matching "the senator" to "Sen. Jane Doe".
ROLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "pm": "prime",
    "prof": "professor",
    "gen": "general",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "atty": "attorney",
}

# Plural role acronyms: a group of members ("Opposition MPs"), never a name or a body.
PLURAL_ROLE_ACRONYMS = words("MPs MEPs MSPs TDs MLAs AMs MKs MPPs")

# Suffixes after a name: "Sadiq Khan MP".
NAME_SUFFIX_ROLES = words("MP MEP MSP MLA AM TD QC KC")
NAME_SUFFIXES = words("Jr Sr II III IV")

# Lowercase particles inside names: "Charles de Gaulle", "Abdel Fattah el-Sisi".
NAME_PARTICLES = words("de da di du del della van von der den la le al el bin ibn dos das ter")

# Capitalised particles that begin an Irish or Scottish Gaelic surname: "Ciarán Mac Giolla",
# "Niamh Ní Chonaill", "Seán Ó Fearghaíl". "Mac Giolla" alone is that surname, not a given name
# "Mac" and a surname "Giolla".
GAELIC_SURNAME_PARTICLES = words("Mac Mag Nic Ní Ó Ua Uí Mhic")

# Place names on PLACES that are also given names: the first word of a longer name, before a
# capitalised surname, is the given name ("Carolina Fuentes Araya", "Georgia Harrison").
PLACE_GIVEN_NAMES = words("carolina georgia virginia sydney savannah dakota")

# Given names with a gender, for pronoun agreement and for telling names from other capitals.
MALE_NAMES = words("""
    aaron adam adrian alan albert alex alexander alfred alistair andrew andy angus anthony antonio
    arthur barack barry ben benjamin bernard bernie bill billy bob boris brad brandon brendan brian
    bruce carl carlos charles charlie chris christopher chuck clive colin craig dan daniel darren
    dave david dean dennis derek dick dominic don donald douglas duncan ed eddie edward elijah eric
    ernest evan frank fred frederick gary gavin geoffrey george gerald gordon graham grant greg
    gregory guy harold harry henry hugh ian isaac jack jacob jake james jamie jason jeff jeffrey
    jeremy jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin
    keir keith ken kenneth kevin kurt larry lee leo leon liam louis luke malcolm marco mark martin
    matt matthew michael mick mike mitch nathan neil nicholas nick nigel noel oliver owen patrick
    paul peter phil philip pierre ralph ray raymond richard rick rishi rob robert robin roger ron
    ronald rory roy rudy russell ryan sadiq sam samuel scott sean simon stephen steve steven stuart
    ted terry thomas tim timothy tobias todd tom tommy tony vince vincent walter wayne william
    willie yvan zac ahmed ali mohammed muhammad omar hassan recep vladimir xi emmanuel jean olaf
    angus ed elie marvin ralph stefano kyriakos benjamin avinoam alberto jamel samir souhail okey
    patrice mahamadou abdel mickey hami yuval nicos georgios konstantinos volodymyr kurt hunter
    rudy eliot adam jorge hakeem mitt lindsey rand ted marco kirsten
    abdul abdullah abubakar adebayo ade ahmad akbar akira alejandro alessandro alhaji amit amir
    anand andre andrei andres antoine arjun arturo ashok aziz bambang bernardo bilal boubacar
    carlo cesar chen cheng chukwuma claude cristian cyril daniele darius diego dmitry eduardo
    emeka enrique erik ernesto fabio farid fernando francesco francisco francois gabriel
    gianluca giorgio giovanni giuseppe gonzalo gustavo haruto hamid hans hector hiroshi hideki
    hugo ibrahim ignacio ivan jacques jan javier jens jiro joao joaquin jorge jurgen kamal karim
    kenji kofi koji kwabena kwame kwaku lars laurent lorenzo luca luigi luis manuel marcel
    marcelo mario marek mateo matteo mauricio maximilian mehmet miguel mikhail milan moses
    musa mustafa nasser nikolai nnamdi obinna olumide oscar pablo paolo pedro pieter rafael
    rahul raj rajesh ramon raul reza ricardo roberto rodrigo rohan sandeep santiago sergei
    sergio shinzo siddharth sipho stefan sven takeshi taro thabo tomas tunde uche victor
    vikram wei wolfgang xavier yaw yusuf yuki yoshihide zhang zoltan
    """)
FEMALE_NAMES = words("""
    alice alison amanda amy andrea angela ann anna anne annie barbara betty beverley brenda caroline
    carrie catherine charlotte chloe christine claire clare deborah debbie diane donna dorothy
    elizabeth ellen emily emma eva evelyn fiona frances gillian gladys grace hannah harriet heather
    helen hillary holly jacqueline jane janet jennifer jess jessica jill jo joan joanna jodie judith
    julia julie karen kate katherine kathleen kathryn kelly kerry kim kirsty laura lauren linda lisa
    liz louise lucy lynne margaret maria marie mariela martha mary melanie michelle nancy natalie
    nicola olivia pamela patricia penny priti rachel rebecca rosie ruth sally samantha sandra sarah
    sharon shirley sophie stella sue susan suzanne tanya teresa theresa tracy valerie victoria
    wendy yvette yvonne zoe ursula angela marine nadine selena anne emily darleen joanna jo kamala
    alexandria ilhan rashida ayanna liz elise amy lisa dianne kirsten maxine nikki sarah
    adaeze adriana agnieszka aisha akosua alejandra alessandra amina ana anastasia anita
    anjali antonia ayesha beatriz birgit brigitte camila carla carmen catalina chiara chinwe
    claudia corazon daniela dewi eleni elena elif fatima fatma francesca gabriela gabriele
    giulia hana hanna hiroko ifeoma ingrid irina isabel isabella ivana jasmine jelena
    julieta kaja katarina keiko keisha kemi laila latoya leila lucia luciana luz magdalena
    maja malika mariam marina marta maya mei mercedes monica nadia naledi natalia ngozi
    nkechi nomvula noura nurul olga oksana paola parvati patrizia pilar priya rania renata
    rosa sabine sakura sana silvia simone siti sofia sonia svetlana tatiana thandiwe ursula
    valentina veronica ximena yasmin yuko yulia zainab zanele zara zeynep
    """)

# --- organisations -------------------------------------------------------------------------------

# Head words that make a capitalised run an organisation, with the kind they suggest.
ORG_HEADS = {
    "party": "party",
    "democrats": "party",
    "republicans": "party",
    "conservatives": "party",
    "society": "think-tank",
    "institute": "think-tank",
    "institution": "think-tank",
    "foundation": "think-tank",
    "forum": "think-tank",
    "centre": "think-tank",
    "center": "think-tank",
    "council": "government",
    "committee": "parliament",
    "commission": "government",
    "agency": "government",
    "office": "government",
    "department": "government",
    "ministry": "government",
    "administration": "government",
    "government": "government",
    "cabinet": "government",
    "treasury": "government",
    "police": "government",
    "force": "government",
    "forces": "government",
    "army": "government",
    "navy": "government",
    "library": "other",
    "project": "ngo",
    "embassy": "government",
    "court": "government",
    "service": "government",
    "services": "government",
    "parliament": "parliament",
    "senate": "parliament",
    "congress": "parliament",
    "assembly": "parliament",
    "commons": "parliament",
    "house": "parliament",
    "legislature": "parliament",
    "yuan": "parliament",
    "caucus": "parliament",  # "Congressional Black Caucus", "Fiscal Integrity Caucus"
    "union": "union",
    "unions": "union",
    "federation": "union",
    "association": "ngo",
    "chamber": "company",  # "Chamber of Commerce"
    "chambers": "company",
    "board": "government",
    "authority": "government",
    "bureau": "government",
    "directorate": "government",
    "secretariat": "government",
    "tribunal": "government",
    "regulator": "government",
    "inspectorate": "government",
    "consortium": "company",
    "capital": "company",  # "Rift Capital", "Sakura Securities", "Basin Water Partners"
    "securities": "company",
    "partners": "company",
    "holdings": "company",
    "industries": "company",
    "technologies": "company",
    "airlines": "company",
    "airways": "company",
    "motors": "company",
    "pharmaceuticals": "company",
    "insurance": "company",
    "investments": "company",
    "ventures": "company",
    "consulting": "company",
    "systems": "company",  # "Hollister Climate Systems", "Cisco Systems"
    "solutions": "company",
    "enterprises": "company",
    "laboratories": "company",
    "logistics": "company",
    "communications": "company",
    "brands": "company",
    "insights": "company",  # pollsters and research firms: "Northshore Insights", "Pew Research"
    "research": "company",
    "polling": "company",
    "analytics": "company",
    "strategies": "company",
    "associates": "company",
    "collective": "ngo",
    "cooperative": "company",
    "co-operative": "company",
    "charity": "ngo",
    "institutes": "think-tank",
    "observatory": "ngo",
    "league": "ngo",
    "coalition": "campaign",
    "campaign": "campaign",
    "movement": "campaign",
    "front": "campaign",
    "alliance": "campaign",
    "network": "ngo",
    "trust": "ngo",
    "international": "ngo",
    "watch": "ngo",
    "bank": "company",
    "fund": "international",
    "organization": "international",
    "organisation": "international",
    "nations": "international",
    "university": "other",
    "college": "other",
    "school": "other",
    "group": "company",
    "company": "company",
    "corporation": "company",
    "inc": "company",
    "ltd": "company",
    "plc": "company",
    "times": "publisher",
    "post": "publisher",
    "mail": "publisher",
    "mirror": "publisher",
    "guardian": "publisher",
    "telegraph": "publisher",
    "herald": "publisher",
    "tribune": "publisher",
    "journal": "publisher",
    "news": "publisher",
    "press": "publisher",
    "reporter": "publisher",
    "gazette": "publisher",
    "express": "publisher",
    "observer": "publisher",
    "standard": "publisher",
    "review": "publisher",
    "monitor": "publisher",
    "magazine": "publisher",
    "politics": "publisher",
    "independent": "publisher",
    "economist": "publisher",
    "chronicle": "publisher",
    "ledger": "publisher",
    "courier": "publisher",
    "beacon": "publisher",
    "bulletin": "publisher",
    "dispatch": "publisher",
    "inquirer": "publisher",
    "examiner": "publisher",
    "sentinel": "publisher",
    "daily": "publisher",
    "radio": "publisher",
    "television": "publisher",
    "broadcasting": "publisher",
}

# Organisations that are one familiar word (matched case-sensitively, as written).
KNOWN_ORGS = {
    "Labour": "party",
    "Tories": "party",
    "Conservatives": "party",
    "Democrats": "party",
    "Republicans": "party",
    "Greens": "party",
    "Ukip": "party",
    "UKIP": "party",
    "SNP": "party",
    "Plaid Cymru": "party",
    "Sinn Féin": "party",
    "Sinn Fein": "party",
    "Liberal Democrats": "party",
    "Lib Dems": "party",
    "BBC": "publisher",
    "CNN": "publisher",
    "ITV": "publisher",
    "Sky News": "publisher",
    "Reuters": "publisher",
    "Wikinews": "publisher",
    "Politico": "publisher",
    "Bloomberg": "publisher",
    "NATO": "international",
    "UN": "international",
    "EU": "international",
    "UNESCO": "international",
    "IMF": "international",
    "WHO": "international",
    "OECD": "international",
    "White House": "government",
    "Pentagon": "government",
    "Kremlin": "government",
    "Downing Street": "government",
    "Whitehall": "government",
    "Home Office": "government",
    "Foreign Office": "government",
    "Treasury": "government",
    "Senate": "parliament",
    "Congress": "parliament",
    "Parliament": "parliament",
    "House of Commons": "parliament",
    "House of Lords": "parliament",
    "House of Representatives": "parliament",
    "Amnesty International": "ngo",
}

# Forms of one party's name: the forms an article uses are one organisation, named by the fullest
# form the article has (the first of its tuple that it uses). Matched exactly, as written.
PARTY_FORMS = (
    ("Conservative Party", "Conservatives", "Tories", "Tory Party"),
    ("Democratic Party", "Democrats"),
    ("Republican Party", "Republicans", "GOP"),
    ("Labour Party", "Labour"),
    ("Green Party", "Greens"),
    ("Liberal Democrats", "Liberal Democrat Party", "Lib Dems"),
)

# Lowercase words before a name that make it an organisation ("think tank Ekklesia").
ORG_DESCRIPTORS = {
    "think tank": "think-tank",
    "think-tank": "think-tank",
    "thinktank": "think-tank",
    "newspaper": "publisher",
    "daily": "publisher",
    "paper": "publisher",
    "tabloid": "publisher",
    "broadcaster": "publisher",
    "magazine": "publisher",
    "website": "publisher",
    "news agency": "publisher",
    "party": "party",
    "union": "union",
    "charity": "ngo",
    "group": "other",
    "firm": "company",
    "company": "company",
    "manufacturer": "company",
    "producer": "company",
    "supplier": "company",
    # bodies' kind words seen in wire and broadsheet copy ("the lobby group X", "X, a charity,")
    "association": "other",
    "federation": "union",
    "coalition": "campaign",
    "alliance": "other",
    "lobby": "campaign",
    "campaign group": "campaign",
    "pressure group": "campaign",
    "trade body": "other",
    "body": "other",
    "organisation": "other",
    "organization": "other",
    "network": "other",
    "bank": "company",
    "lender": "company",
    "insurer": "company",
    "consultancy": "company",
    "regulator": "government",
    "watchdog": "government",
    "developer": "company",
    "operator": "company",
    "utility": "company",
    "airline": "company",
    "retailer": "company",
    "weekly": "publisher",
    "agency": "government",
    "office": "government",
    "ministry": "government",
    "department": "government",
    "authority": "government",
    "institute": "think-tank",
    "university": "other",
    "news site": "publisher",
    "outlet": "publisher",
}

# Nouns that refer back to a body already named ("the party said", "the newspaper wrote").
ORG_REFERENCES = {
    "party": ("party",),
    "newspaper": ("publisher",),
    "paper": ("publisher",),
    "broadcaster": ("publisher",),
    "government": ("government",),
    "ministry": ("government",),
    "department": (),  # "the department": a body named "… Department", never any body of its kind
    "embassy": ("government",),
    "court": ("government",),
    "palace": ("government",),
    "committee": ("parliament",),
    "commission": ("government",),
    "agency": ("government",),
    "union": ("union",),
    "company": ("company",),
    "firm": ("company",),
    "group": ("ngo", "campaign", "think-tank", "other"),
    "charity": ("ngo", "campaign"),
    "watchdog": ("government",),
    "organisation": ("ngo", "international", "other"),
    "organization": ("ngo", "international", "other"),
    "council": ("government",),
    # A body's own head noun: "the federation" is the one body named "… Federation" (no
    # fallback by kind, so never a guess among bodies of another name).
    "federation": (),
    "institute": (),
    "association": (),
    "coalition": (),
    "alliance": (),
    "bureau": (),
    "regulator": (),
    "foundation": (),
    "network": (),
    "society": (),
    "league": (),
    "authority": (),
    "board": (),
    "office": (),
    "bank": (),
    "centre": (),
    "center": (),
    "observatory": (),
    "fund": (),
    "presidency": (),
    "caucus": (),
    "campaign": (),  # "the campaign": the one "… campaign" named ("the Oyelaran campaign")
}

# --- capitalised words that are not names --------------------------------------------------------

MONTHS_DAYS = words("""
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday
    """)

# Places, peoples and other capitalised non-persons (lowercased). Not exhaustive: context decides
# the rest (a name needs a title, a given name, a reporting verb or an apposition).
PLACES = words("""
    britain england scotland wales ireland uk gb europe america usa us u.s states united kingdom
    london westminster washington paris berlin brussels moscow beijing tokyo new york california
    texas florida nevada ohio michigan pennsylvania georgia virginia arizona wisconsin carolina
    iowa colorado minnesota massachusetts chicago boston los angeles manchester birmingham
    liverpool leeds glasgow edinburgh cardiff belfast dublin canada ottawa mexico china japan
    india russia ukraine france germany italy spain greece turkey iran iraq israel syria egypt
    libya cyprus taiwan korea australia sydney africa asia nigeria benin niger tunisia algeria
    morocco argentina brazil hong kong thailand pakistan afghanistan saudi arabia yemen oman
    qatar emirates gulf mediterranean atlantic pacific northern southern eastern western north
    south east west central tehran istanbul athens crete wall street
    english scottish welsh irish british american european chinese japanese indian russian
    ukrainian french german italian spanish greek turkish iranian iraqi israeli syrian egyptian
    libyan cypriot taiwanese korean australian african asian nigerian tunisian argentine
    argentinian mexican canadian brazilian thai pakistani afghan saudi muslim christian jewish
    catholic protestant islamic arab western eastern
    hungarian polish czech slovak austrian swiss dutch belgian swedish norwegian danish finnish
    portuguese romanian bulgarian serbian croatian bosnian albanian lithuanian latvian estonian
    kenyan ghanaian ethiopian ugandan tanzanian zimbabwean zambian somali sudanese senegalese
    congolese rwandan malian filipino indonesian malaysian vietnamese cambodian burmese
    bangladeshi nepali singaporean colombian chilean peruvian venezuelan cuban bolivian
    ecuadorian uruguayan paraguayan lebanese jordanian palestinian kurdish emirati qatari
    kuwaiti belarusian georgian armenian azerbaijani kazakh uzbek mongolian
    brexit twitter facebook instagram youtube tiktok google internet christmas easter ramadan god
    covid covid-19 coronavirus
    """)

# Dotted country and union prefixes that open a body's name ("the U.S. Chamber of Commerce",
# "U.K. Border Force"): part of the name, or every country's chamber would be one page.
COUNTRY_PREFIXES = words("U.S U.K E.U U.N")

# Countries (lowercased, as PLACES): a country that is the subject of a say verb, or after
# "according to", speaks as its government ("Russia said", "Northern Ireland has suggested").
COUNTRIES = words("""
    britain england scotland wales uk russia ukraine china japan india france germany italy
    spain greece turkey iran iraq israel syria egypt libya cyprus taiwan australia nigeria benin
    niger tunisia algeria morocco argentina brazil thailand pakistan afghanistan yemen oman
    qatar canada mexico hungary poland austria switzerland netherlands belgium sweden norway
    denmark finland portugal romania bulgaria serbia croatia bosnia albania lithuania latvia
    estonia kenya ghana ethiopia uganda tanzania zimbabwe zambia somalia sudan senegal rwanda
    mali philippines indonesia malaysia vietnam cambodia myanmar bangladesh nepal singapore
    colombia chile peru venezuela cuba bolivia ecuador uruguay paraguay lebanon jordan kuwait
    belarus armenia azerbaijan kazakhstan uzbekistan mongolia ireland slovakia slovenia moldova
    georgia
    """) | frozenset(
    ["northern ireland", "south africa", "south korea", "north korea", "saudi arabia",
     "new zealand", "united states", "united kingdom", "czech republic", "sri lanka"]
)

# A country's adjective, for the one canonical name of its generic state bodies: "Mexico's
# Foreign Ministry" and "the Mexican Foreign Ministry" are one body, "Mexican Foreign Ministry".
COUNTRY_ADJECTIVES = {
    "britain": "British", "england": "English", "scotland": "Scottish", "wales": "Welsh",
    "uk": "British", "russia": "Russian", "ukraine": "Ukrainian", "china": "Chinese",
    "japan": "Japanese", "india": "Indian", "france": "French", "germany": "German",
    "italy": "Italian", "spain": "Spanish", "greece": "Greek", "turkey": "Turkish",
    "iran": "Iranian", "iraq": "Iraqi", "israel": "Israeli", "syria": "Syrian",
    "egypt": "Egyptian", "libya": "Libyan", "cyprus": "Cypriot", "taiwan": "Taiwanese",
    "australia": "Australian", "nigeria": "Nigerian", "benin": "Beninese", "niger": "Nigerien",
    "tunisia": "Tunisian", "algeria": "Algerian", "morocco": "Moroccan",
    "argentina": "Argentine", "brazil": "Brazilian", "thailand": "Thai",
    "pakistan": "Pakistani", "afghanistan": "Afghan", "yemen": "Yemeni", "oman": "Omani",
    "qatar": "Qatari", "canada": "Canadian", "mexico": "Mexican", "hungary": "Hungarian",
    "poland": "Polish", "austria": "Austrian", "switzerland": "Swiss",
    "netherlands": "Dutch", "belgium": "Belgian", "sweden": "Swedish", "norway": "Norwegian",
    "denmark": "Danish", "finland": "Finnish", "portugal": "Portuguese",
    "romania": "Romanian", "bulgaria": "Bulgarian", "serbia": "Serbian",
    "croatia": "Croatian", "bosnia": "Bosnian", "albania": "Albanian",
    "lithuania": "Lithuanian", "latvia": "Latvian", "estonia": "Estonian", "kenya": "Kenyan",
    "ghana": "Ghanaian", "ethiopia": "Ethiopian", "uganda": "Ugandan",
    "tanzania": "Tanzanian", "zimbabwe": "Zimbabwean", "zambia": "Zambian",
    "somalia": "Somali", "sudan": "Sudanese", "senegal": "Senegalese", "rwanda": "Rwandan",
    "mali": "Malian", "philippines": "Philippine", "indonesia": "Indonesian",
    "malaysia": "Malaysian", "vietnam": "Vietnamese", "cambodia": "Cambodian",
    "myanmar": "Myanmar", "bangladesh": "Bangladeshi", "nepal": "Nepali",
    "singapore": "Singaporean", "colombia": "Colombian", "chile": "Chilean",
    "peru": "Peruvian", "venezuela": "Venezuelan", "cuba": "Cuban", "bolivia": "Bolivian",
    "ecuador": "Ecuadorian", "uruguay": "Uruguayan", "paraguay": "Paraguayan",
    "lebanon": "Lebanese", "jordan": "Jordanian", "kuwait": "Kuwaiti",
    "belarus": "Belarusian", "armenia": "Armenian", "azerbaijan": "Azerbaijani",
    "kazakhstan": "Kazakh", "uzbekistan": "Uzbek", "mongolia": "Mongolian",
    "ireland": "Irish", "slovakia": "Slovak", "slovenia": "Slovenian", "moldova": "Moldovan",
    # not Georgia: a US state too ("Georgia's Supreme Court")
    "northern ireland": "Northern Irish",
    "south africa": "South African", "south korea": "South Korean",
    "north korea": "North Korean", "saudi arabia": "Saudi", "new zealand": "New Zealand",
    "czech republic": "Czech", "sri lanka": "Sri Lankan",
}

# Words of a state body's name that every country's body of that kind shares ("Supreme Court",
# "Central Bank", "Electoral Commission"), beside role modifiers and portfolio words.
STATE_BODY_WORDS = words("""
    supreme central high constitutional electoral national federal foreign affairs public
    reserve statistics statistical prosecutor prosecutors general of for and the on ministry
    department office court commission agency government cabinet parliament senate assembly
    army navy police bank council administration authority bureau service services
    """)

# Capitalised function words that start sentences or headlines, never names.
CAPITALISED_STOPWORDS = words("""
    the a an this that these those in on at for from with by of to and but or nor so yet if
    when while where after before during despite following since as though although because
    however meanwhile moreover also still then there here it its he she they we i you his her
    their our my your some many most several all both each every no not one two three other
    another such what which who whom whose why how speaking writing according earlier later
    yesterday today tomorrow last next former under over about between among around amid
    within without through until unless once whether namely officially additionally regarding
    traditionally currently previously recently speakers critics opponents supporters protesters
    reportedly indeed instead yes mostly unlike like just even only shortly altogether
    """)


# --- US party-and-state descriptions ("the Ohio Democrat", "Republican of Michigan", "D-N.M.") ----

PARTY_ADHERENTS = {"democrat": "democrat", "republican": "republican", "independent": "independent"}
PARTY_LETTERS = {"D": "democrat", "R": "republican", "I": "independent"}
US_STATES = {
    name: name
    for name in words("""
        alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
        hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
        michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
        pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
        """)
} | {
    "new hampshire": "new hampshire", "new jersey": "new jersey", "new mexico": "new mexico",
    "new york": "new york", "north carolina": "north carolina", "north dakota": "north dakota",
    "rhode island": "rhode island", "south carolina": "south carolina",
    "south dakota": "south dakota", "west virginia": "west virginia",
    # AP-style abbreviations, as in "Sen. Jane Doe, D-N.M."
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california",
    "colo.": "colorado", "conn.": "connecticut", "del.": "delaware", "fla.": "florida",
    "ga.": "georgia", "ill.": "illinois", "ind.": "indiana", "kan.": "kansas", "ky.": "kentucky",
    "la.": "louisiana", "md.": "maryland", "mass.": "massachusetts", "mich.": "michigan",
    "minn.": "minnesota", "miss.": "mississippi", "mo.": "missouri", "mont.": "montana",
    "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire", "n.j.": "new jersey",
    "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina", "n.d.": "north dakota",
    "okla.": "oklahoma", "ore.": "oregon", "pa.": "pennsylvania", "r.i.": "rhode island",
    "s.c.": "south carolina", "s.d.": "south dakota", "tenn.": "tennessee", "tex.": "texas",
    "vt.": "vermont", "va.": "virginia", "wash.": "washington", "w.va.": "west virginia",
    "wis.": "wisconsin", "wyo.": "wyoming",
}

